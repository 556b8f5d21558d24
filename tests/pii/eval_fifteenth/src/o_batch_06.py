# Writer o, batch 06: private tutoring academies (학원 수강생 명부, 학부모 상담 일지).
# All values invented. CC0 1.0.

DOCS = [
{"id": "s15-o06-001", "kind": "academy_student_register", "text": """[수강생 명부] 한빛수학학원 중등부 - {{date:2025학년도 1학기}}

원생번호\t이름\t학교/학년\t생년월일\t학부모\t연락처\t주소
[[STUDENT_ID:HB-25-0114]]\t[[PERSON:정서진]]\t매원중2\t[[BIRTH_DATE:2011.04.09]]\t[[PERSON:정대웅]]\t[[PHONE_NUMBER:010-4132-8860]]\t[[KR_ADDRESS:수원시 영통구 매탄로 62번길 30, 매탄위브하늘채 108동 1604호]]
[[STUDENT_ID:HB-25-0115]]\t[[PERSON:권리아]]\t영통중2\t[[BIRTH_DATE:2011.12.21]]\t[[PERSON:이수정]]\t[[PHONE_NUMBER:010-8817-2045]]\t[[KR_ADDRESS:영통구 청명남로 20 (영통동, 청명마을) 433동 704호]]
[[STUDENT_ID:HB-25-0121]]\t[[PERSON:Kevin Cho]]\t매원중3\t[[BIRTH_DATE:2010.08.02]]\t[[PERSON:조윤정]]\t[[PHONE_NUMBER:010-5507-9931]]\t[[KR_ADDRESS:영통구 매영로 425, 1201동 302호]]
[[STUDENT_ID:HB-25-0126]]\t[[PERSON:마하은]]\t태장중1\t[[BIRTH_DATE:2012.03.15]]\t[[PERSON:마동현]]\t[[PHONE_NUMBER:010-2940-0076]]\t(주소 확인 중)
반 배정 : 심화A(화목 19:00) / 교습비 월 {{amount:380,000원}}
"""},

{"id": "s15-o06-002", "kind": "parent_counsel_log", "text": """학부모 상담 일지

일시 : {{date:2025. 4. 17.(목) 16:30~17:10}}  방법 : 내방
학생 : [[PERSON:윤시온]] (초6, [[BIRTH_DATE:2013년 7월 1일]]생)   상담자 : 원장 [[PERSON:배혜원]]
학부모 : 모 [[PERSON:곽민지]] ([[PHONE_NUMBER:010-3322-5108]])

내용 :
- 어머님께서 [[PERSON:시온]]이가 숙제를 거의 안 해온다는 걸 모르고 계셨음. 최근 2주간 숙제 완료율 40%.
- 집에서는 태블릿 게임 시간이 길다고 하심. [[PERSON:시온]]이 본인도 수업은 재밌다고 함.
- 중학교 선행(중1-1) 진도는 {{date:5월}}부터 시작 예정, 일단 초6 심화 복습 병행 권유.
- 아버님([[PERSON:윤재헌]])은 영재원 준비를 원하신다고 하는데 어머님은 부담스러워 하심.
후속 : {{date:5/15}} 전화 상담 / 숙제 체크 문자 매주 금요일 발송
"""},

{"id": "s15-o06-003", "kind": "academy_registration", "text": """학원 설립·운영 등록 신청서 (경기도용인교육지원청)

설립자 성명 : [[PERSON:엄지혜]]    생년월일 : [[BIRTH_DATE:1982. 11. 30.]]
설립자 주소 : [[KR_ADDRESS:용인시 수지구 신수로 767, 동천자이 1단지 107동 1802호]]
학원 명칭 : {{org_name:지혜로운영어학원}}
학원 위치 : [[KR_ADDRESS:용인시 수지구 동천로 82, 동천프라자 5층 501호]]
교습과정 : 보습 / 외국어(영어)   정원 {{statistic:48명}}   강의실 3개
사업자등록번호 : [[KR_BRN:568-14-0231?]] (등록 후 발급 예정 시 추후 제출)
연락처 : [[PHONE_NUMBER:010-9138-2274]] / [[EMAIL_ADDRESS:jihye.eom82@gmail.com]]
접수번호 {{receipt_number:2025-수지-0381}} / 접수일 {{date:2025.01.13}}
"""},

{"id": "s15-o06-004", "kind": "tuition_refund_request", "text": """교습비 반환 요청드립니다 (학원법 시행령 제18조)

원생 : [[PERSON:표준우]] (고2) / 수강반 : 국어 내신반 / 등록기간 {{date:2025.06.01~06.30}}
{{date:6월 9일}}까지 수강하고 이사로 그만둡니다. 총 교습시간의 1/3 경과 전이므로 2/3 반환 대상으로 알고 있습니다.
결제 : 삼성카드 [[CREDIT_CARD:9410 3322 ■■■■ 7615]] 일시불 {{amount:420,000원}}
카드 부분취소 안 되면 계좌로 받겠습니다 : 하나 [[BANK_ACCOUNT:573-910112-44107]] ([[PERSON:표상민]])
학부모 [[PERSON:표상민]] [[PHONE_NUMBER:010-2215-7746]]
"""},

{"id": "s15-o06-005", "kind": "shuttle_roster", "text": """◆ 학원차량 2호차 운행표 (화·목)   차량 [[KR_CAR_PLATE:경기 70 자 8812]] 노란색 스타렉스
기사 : [[PERSON:맹영태]] 면허 [[KR_DRIVER_LICENSE:경기 98-224401-50]] ([[PHONE_NUMBER:010-3887-1294]])
동승보호자 : [[PERSON:신영란]] ([[PHONE_NUMBER:010-7723-0610]])  / 안전교육 이수일 {{date:2025.02.14}}

하원 18:50 출발
1. 성복역 2번출구 - [[PERSON:김도윤]], [[PERSON:김서윤]] (형제)
2. [[KR_ADDRESS:성복2로 86 롯데캐슬 3101동]] 앞 - [[PERSON:Ella Moon]]
3. 수지구청역 - [[PERSON:나지호]] (어머니 마중, 늦으면 [[PHONE_NUMBER:010-4419-5226]])
4. [[KR_ADDRESS:풍덕천로 129 한국아파트 108동]] 정문 - [[PERSON:류건]]
"""},

{"id": "s15-o06-006", "kind": "instructor_hiring_file", "text": """강사 채용 인사기록 / 성범죄·아동학대 경력조회 동의서

성    명 : [[PERSON:추예은]]          (영문) [[PERSON:CHU YEEUN]]
주민등록번호 : [[KR_RRN:990311-228541?]]
주    소 : [[KR_ADDRESS:성남시 중원구 성남대로 997, 202호 (금광동)]]
휴 대 폰 : [[PHONE_NUMBER:010 6620 3195]]
이 메 일 : [[EMAIL_ADDRESS:yeeun.chu@snu.ac.kr]]
학    력 : {{org_name:서울대학교}} 수리과학부 재학 (학번 [[STUDENT_ID:2018-12473]])
담당과목 : 고등 수학(미적분)    입사일 : {{date:2025. 3. 4.}}   강사번호 [[EMPLOYEE_ID:T-25007]]
경력조회 요청일 : {{date:2025. 2. 25.}}  회신 : 해당없음
"""},

{"id": "s15-o06-007", "kind": "system_log", "text": """[온라인 인강 중복접속 차단 로그]
{{date:2025-05-12 22:41:07}}  login  stu_no=[[STUDENT_ID:S2403318]] name=[[PERSON:한지우]] ip=[[IP_ADDRESS:59.10.77.142]] device=PC
{{date:2025-05-12 22:43:55}}  login  stu_no=[[STUDENT_ID:S2403318]] name=[[PERSON:한지우]] ip=[[IP_ADDRESS:223.38.91.16]] device=Mobile  -> concurrent session, prev session killed
{{date:2025-05-12 22:44:10}}  notice sms -> parent [[PHONE_NUMBER:01093314402]]
player={{version:v2.8.14}}  cdn-edge=[[IP_ADDRESS:2406:da12:b3c:4a00::1f]]
"""},

{"id": "s15-o06-008", "kind": "civil_complaint", "text": """[교육지원청 신고] 심야 교습 및 교습비 초과 징수

분당구 정자동 {{org_name:OO입시학원}}에서 밤 12시 넘어서까지 수업합니다(경기도 조례상 22시까지로 알고 있음). 교습비도 게시된 금액보다 더 받습니다(게시 {{amount:45만원}}, 실제 {{amount:62만원}}).
증거로 아이 수업 끝난 시간 문자({{date:5/20 00:37}} 하원 문자) 캡처 첨부합니다.
신고자 신원 비공개 요청합니다. 신고인 [[PERSON:이○정]] / 회신 [[PHONE_NUMBER:010-78**-2290]]
"""},

{"id": "s15-o06-009", "kind": "parent_group_chat", "text": """[중3 과학 학부모방]
원장쌤: 어머님들 안녕하세요~ 다음주 {{date:9/27(토)}} 보강은 10시입니다. 
[[PERSON:은우]]맘: 네 알겠습니다~
[[PERSON:서윤]]맘 [[PERSON:최지현]]: 혹시 시험범위 프린트 다시 받을 수 있을까요? [[PERSON:서윤]]이가 잃어버렸대요ㅜ
원장쌤: 네 밴드에 올려둘게요. 그리고 [[PERSON:진우]] 어머님 [[PHONE_NUMBER:010-5531-1208]] 번호 바뀌셨으면 알려주세요 문자가 반송돼요
"""},

{"id": "s15-o06-010", "kind": "placement_test_sms", "text": """[새솔영어] [[PERSON:주하윤]] 학생(초4) 레벨테스트 결과 : Reading B2 / Listening B1 → 'Junior 3' 반 배정. 상담 원하시면 {{public_number:031-263-7700}}. 첫 수업 {{date:3/10(월)}}"""},

{"id": "s15-o06-011", "kind": "multicultural_counsel_log", "text": """상담일지 {{date:2025.03.22}} (통역: 베트남어 [[PERSON:레 티 투이]] 선생님)
학생 [[PERSON:김민호]](초3, [[BIRTH_DATE:2016. 9. 4]]) 어머니 [[PERSON:Tran Thi Ngoc]]님 내방.
어머님 외국인등록번호 [[KR_FRN:870214-6******]] – 다문화가정 교습비 감면 서류 확인.
아버지 [[PERSON:김성기]] 님은 지방 근무 중이라 연락은 어머님께([[PHONE_NUMBER:010-3098-5571]], 한국어 문자 이해 어려움 → 베트남어 병기 요청).
[[PERSON:민호]]는 한글 읽기 보통, 받아쓰기 약함. 주 2회 한글 보충 제안.
"""},

{"id": "s15-o06-012", "kind": "scholarship_list", "text": """{{date:2025년}} 1학기 학원 장학생 선정 결과 (교내 성적 향상 부문)

학교 | 학번 | 성명 | 장학금
{{org_name:수원외고}} | [[STUDENT_ID:10408]] | [[PERSON:염지수]] | {{amount:50만원}}
{{org_name:유신고}} | [[STUDENT_ID:20311]] | [[PERSON:도건우]] | 30만원
{{org_name:창현고}} | [[STUDENT_ID:10527]] | [[PERSON:선우다인]] | 30만원
※ 장학금은 {{date:7월 교습비}}에서 차감 / 시상식 {{date:7/19(토)}}
"""},

{"id": "s15-o06-013", "kind": "payment_export", "text": """결제일시,원생명,보호자,결제수단,카드번호,승인번호,금액
{{date:2025-03-05 14:22}},[[PERSON:우태민]],[[PERSON:우정호]],신용,[[CREDIT_CARD:4092-18**-****-3317]],{{code:07719452}},{{amount:350000}}
{{date:2025-03-05 15:03}},[[PERSON:백하린]],[[PERSON:노은영]],체크,[[CREDIT_CARD:5522-11**-****-8810]],{{code:30188276}},{{amount:350000}}
{{date:2025-03-06 10:11}},[[PERSON:Leo Martin]],[[PERSON:Claire Martin]],해외,[[CREDIT_CARD:4716 9043 2281 705?]],{{code:A11923}},{{amount:420000}}
"""},

{"id": "s15-o06-014", "kind": "attendance_sms", "text": """[수학의봄] [[PERSON:연서준]] 학생 18:02 등원하였습니다."""},

{"id": "s15-o06-015", "kind": "payroll_register", "text": """강사 급여대장 ({{date:2025년 8월}}분, 지급일 {{date:9/10}})
사번 | 성명 | 생년월일 | 은행 | 계좌 | 지급액
[[EMPLOYEE_ID:T-23002]] | [[PERSON:봉예찬]] | [[BIRTH_DATE:1995.02.28]] | 국민 | [[BANK_ACCOUNT:936802-00-417723]] | {{amount:2,840,000}}
[[EMPLOYEE_ID:T-24011]] | [[PERSON:전민아]] | [[BIRTH_DATE:1998.09.13]] | 신한 | [[BANK_ACCOUNT:110-502-338104]] | {{amount:2,150,000}}
[[EMPLOYEE_ID:T-25007]] | [[PERSON:추예은]] | [[BIRTH_DATE:1999.03.11]] | 카카오 | [[BANK_ACCOUNT:3333-14-6620981]] | {{amount:1,320,000}}
사업자 {{org_name:한빛에듀}} 대표 [[PERSON:천영재]] (개인사업자 [[KR_BRN:124-21-9930?]])
"""},

{"id": "s15-o06-016", "kind": "register_scan_ocr", "text": """수 강 생 명 부 (수기 작성본 스캔)
이름        생일        집전화 / 엄마폰
[[PERSON:조 아 라]]   [[BIRTH_DATE:12년 5월 8일]]   [[PHONE_NUMBER:031-8O3-2217]] / [[PHONE_NUMBER:OlO-9923-4l08]]
[[PERSON:허 준 서]]   [[BIRTH_DATE:2O12.1O.3]]   - / [[PHONE_NUMBER:010-5518-3O72]]
[[PERSON:육예담]]     [[BIRTH_DATE:2013. 2. 2O]]   [[PHONE_NUMBER:O31-276-5541]] / [[PHONE_NUMBER:010-6627-l190]]
                                   담임 [[PERSON:권미소]] 작성 {{date:2025. 2. 28}}
"""},

{"id": "s15-o06-017", "kind": "counsel_booking_chat", "text": """[[PERSON:문채윤]] 어머님: 원장님~ 내일 상담 4시 괜찮을까요? [[PERSON:채윤]]이 기말 끝나서요 ㅎㅎ
원장: 네 어머님 4시 좋습니다. 주소 다시 남겨드려요 [[KR_ADDRESS:수원시 팔달구 권광로 181, 4층 (인계동)]] 엘베 타고 오시면 됩니다~
[[PERSON:문채윤]] 어머님: 감사합니다! 아 그리고 동생 [[PERSON:채아]]도 같이 상담 가능할까요 [[BIRTH_DATE:2017년]]생이에요"""},

{"id": "s15-o06-018", "kind": "tutoring_room_report", "text": """교습소 변경신고서 (위치 변경)
교습자 : [[PERSON:하윤서]] ([[BIRTH_DATE:840725]])   교습과목 : 피아노
변경 전 : [[KR_ADDRESS:용인시 기흥구 보정로 30, 2층 203호]]
변경 후 : [[KR_ADDRESS:용인시 기흥구 죽전로15번길 9-3, 3층]]
사업자등록번호 : [[KR_BRN:214-94-1105?]] (면세, 개인)   전화 [[PHONE_NUMBER:031-889-0214]]
변경일 {{date:2025.08.01}}  / 신고일 {{date:2025.07.25}}
"""},

{"id": "s15-o06-019", "kind": "tutor_application", "text": """[대학생 튜터 지원서 - 지역아동센터 연계 학습지원]
이름 : [[PERSON:독고윤]]  / 생년월일 : [[BIRTH_DATE:2004-01-17]]
학교·학번 : {{org_name:아주대학교}} 화학공학과 / [[STUDENT_ID:202212088]]
연락처 : [[PHONE_NUMBER:010-2751-4430]] / [[EMAIL_ADDRESS:dokgo.yoon@ajou.ac.kr]]
거주지 : [[KR_ADDRESS:수원시 영통구 월드컵로 206, 아주대 일신관 4층 412호]]
가능 시간 : 월/수 17~19시, 토 오전
선발 통보 {{date:3/7}} / OT {{date:3/12(수) 18:00}}
"""},

{"id": "s15-o06-020", "kind": "shuttle_incident_report", "text": """학원차량 접촉사고 보고서 (교육지원청 제출)

1. 일시·장소 : {{date:2025. 10. 28.(화) 17:25}} / {{place_name:신갈오거리}} 교차로
2. 차량 : 학원차 [[KR_CAR_PLATE:75마 3304]] (운전 [[PERSON:남궁태식]], [[BIRTH_DATE:1960.04.18]], 면허 [[KR_DRIVER_LICENSE:11-81-402277-14]])
   상대차 : [[KR_CAR_PLATE:215고 6681]] (운전 [[PERSON:오한결]])
3. 탑승 원생 : [[PERSON:이로운]](초2), [[PERSON:박시아]](초3) – 외상 없음, 보호자 인계 17:50
4. 보험 : 사고접수번호 {{case_number:2510-281-0442}}
5. 보고자 : 원장 [[PERSON:석나연]] [[PHONE_NUMBER:010-4402-8871]]
"""},
]
