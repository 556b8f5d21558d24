# Writer u, batch 05: volunteer centre records (registrations, hours, insurance, disaster-recovery volunteers).
# Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s9-u05-001", "kind": "registration_card", "text": """[1365 자원봉사 신규 등록 카드]
이름: [[PERSON:여하은]]            성별: 여
생년월일: [[BIRTH_DATE:2007년 04월 19일]]
소속: {{org_name:수원 매탄고등학교}} 2학년 / 학번 [[STUDENT_ID:20417]]
주소: [[KR_ADDRESS:수원시 영통구 매탄로 44번길 30, 201동 1105호]]
휴대폰: [[PHONE_NUMBER:010-4406-2813]]   보호자: [[PERSON:여상훈]] [[PHONE_NUMBER:010-9120-4471]]
이메일: [[EMAIL_ADDRESS:haeun0419@naver.com]]
관심분야: 환경정화, 동물보호
등록일: {{date:2024.03.09}}  등록처: {{org_name:영통구 자원봉사센터}}"""},

{"id": "s9-u05-002", "kind": "spreadsheet", "text": """봉사활동 확인서 발급 대장 — {{place_name:광교호수공원}} 플로깅 ({{date:2024-04-20}})
번호\t학교\t학번\t성명\t생년월일\t시간
1\t광교고\t[[STUDENT_ID:10311]]\t[[PERSON:차서윤]]\t[[BIRTH_DATE:2008.02.14]]\t3
2\t광교고\t[[STUDENT_ID:10312]]\t[[PERSON:최 준]]\t[[BIRTH_DATE:2008.06.01]]\t3
3\t이의중\t[[STUDENT_ID:3-5-21]]\t[[PERSON:남궁다인]]\t[[BIRTH_DATE:2009.11.23]]\t2
4\t(일반)\t-\t[[PERSON:엄영숙]]\t[[BIRTH_DATE:1961.05.05]]\t3
※ 시간 단위: {{statistic:3시간}} = 오전 9시~12시"""},

{"id": "s9-u05-003", "kind": "roster", "text": """수해복구 긴급 자원봉사단 (상대원동) 참여자 — {{date:7월 20일(토)}}
조장 [[PERSON:변재식]] ([[PHONE_NUMBER:010-7719-0426]]) / 1톤 트럭 [[KR_CAR_PLATE:87로 2219]] 운전, 면허 [[KR_DRIVER_LICENSE:경기 91-338104-07]]
조원 [[PERSON:어수민]], [[PERSON:공태경]], [[PERSON:Jessica Lee]](미국, 원어민교사), [[PERSON:하예린]]
지원 물품: 양수기 2대, 고무장갑 {{statistic:50켤레}}
집결: {{place_name:상대원시장 입구}} {{time:08:30}}"""},

{"id": "s9-u05-004", "kind": "kakaotalk_chat", "text": """[연탄나눔 봉사 단톡]
센터 [[PERSON:소유라]]: 내일 {{time:9시}} 산성동 주민센터 앞이에요! 장갑 앞치마 저희가 준비합니다
[[PERSON:Kim Daniel]]: 저 차 가져가도 되나요? [[KR_CAR_PLATE:162가 8830]] 입니다
센터 [[PERSON:소유라]]: 네 주민센터 주차장 등록해둘게요
[[PERSON:경민]]: 저랑 동생 [[PERSON:경서]]도 가요~ 동생 중2라 보호자 동의서 필요하죠?
센터 [[PERSON:소유라]]: 넵 동의서 사진 찍어서 [[EMAIL_ADDRESS:so.yura@snvc.or.kr]] 로 보내주세요"""},

{"id": "s9-u05-005", "kind": "insurance_list", "text": """자원봉사자 상해보험 가입 요청 명단 (보험사 제출용, 암호화 필수)
성명 | 주민등록번호 | 활동
[[PERSON:변재식]] | [[KR_RRN:740309-118207?]] | 수해복구
[[PERSON:어수민]] | [[KR_RRN:960811-205336?]] | 수해복구
[[PERSON:공태경]] | [[KR_RRN:030128-308114?]] | 수해복구
[[PERSON:하예린]] | [[KR_RRN:0 5 0 7 0 2 - 4 1 2 2 0 3 ?]] | 수해복구
[[PERSON:Jessica Lee]] | 외국인등록번호 [[KR_FRN:880415-6057223]] | 수해복구
담당: {{org_name:성남시자원봉사센터}} [[PERSON:소유라]] / 보험기간 {{date:2024.07.20~2024.07.21}}"""},

{"id": "s9-u05-006", "kind": "email", "text": """From: [[PERSON:Olivia Bennett]] <[[EMAIL_ADDRESS:o.bennett1994@gmail.com]]>
To: {{public_email:volunteer@yongin1365.or.kr}}
Subject: Registering as a volunteer (English teaching for kids)

Hi, I'd like to join the weekend English club at the library. I'm from Canada, living in Suji-gu.
- Date of birth: [[BIRTH_DATE:23 March 1994]]
- ARC: [[KR_FRN:940323-6******]]
- Passport: [[KR_PASSPORT:AB381204]] (expires {{date:2031-05-10}})
- Mobile: [[PHONE_NUMBER:+82 10 3391 4410]]
Best,
[[PERSON:Olivia]]"""},

{"id": "s9-u05-007", "kind": "citizen_letter", "text": """제목: 봉사시간이 누락되었습니다

안녕하세요. {{org_name:아주대학교}} 환경공학과 [[PERSON:나윤서]]입니다(학번 [[STUDENT_ID:202221483]]).
{{date:지난 5월 11일}} 원천천 정화활동 4시간 참여했는데 1365에 반영이 안 되어 있습니다. 같은 날 참여한 친구 [[PERSON:탁민재]](학번 [[STUDENT_ID:202221507]])는 들어가 있어요.
현장에서 명단 적을 때 제 생일을 [[BIRTH_DATE:030915]]로 적었는데 혹시 [[BIRTH_DATE:0309.15]]로 잘못 들어간 건 아닐까요?
확인 부탁드립니다. [[PHONE_NUMBER:010-3827-9150]]"""},

{"id": "s9-u05-008", "kind": "officer_memo", "text": """자원봉사센터 직원 업무분장 변경 ({{date:2024.09.01.}}자)
- 팀장 [[PERSON:주예령]] (사번 [[EMPLOYEE_ID:VC-1109]]) : 총괄, 재난봉사
- 코디네이터 [[PERSON:소유라]] (사번 [[EMPLOYEE_ID:VC-1317]]) : 청소년·연탄
- 코디네이터 [[PERSON:옥 성 빈]] (사번 [[EMPLOYEE_ID:VC-1402]]) : 1365 인증, 확인서 발급
- 행정 [[PERSON:하정윤]]→[[PERSON:하지호]] 교체 (기존 담당 휴직)
내선: 총괄 {{public_number:내선 201}}, 청소년 {{public_number:내선 205}}"""},

{"id": "s9-u05-009", "kind": "call_transcript", "text": """학부모: 애 봉사시간 확인서 좀 떼려고 하는데요.
상담원: 네, 학생 이름이랑 생년월일 알려주세요.
학부모: [[PERSON:맹서진]]이고요, [[BIRTH_DATE:이천구년 일월 칠일]]이요. 아니 팔일이던가... 잠깐만요, [[BIRTH_DATE:1월 8일]]이요.
상담원: 네 확인됐습니다, 총 {{statistic:22시간}}이네요. 1365에서 직접 출력 가능하세요.
학부모: 아 그래요? 제가 엄마 [[PERSON:강보람]]인데 제 폰으로도 돼요? [[PHONE_NUMBER:010-2736-6041]]이요.
상담원: 학생 본인 아이디로 로그인하셔야 합니다."""},

{"id": "s9-u05-010", "kind": "spreadsheet", "text": """봉사 마일리지 카드 발급 현황
성명,생년월일,카드번호,누적시간,주소
[[PERSON:인혜숙]],[[BIRTH_DATE:1958-12-03]],{{code:VM-2024-00318}},1,284,"[[KR_ADDRESS:용인시 수지구 문정로 7, 1102동 803호]]"
[[PERSON:변민섭]],[[BIRTH_DATE:1966-07-21]],{{code:VM-2024-00319}},866,"[[KR_ADDRESS:수지구 풍덕천동 663-1 3층]]"
[[PERSON:어영희]],[[BIRTH_DATE:1970-01-09]],{{code:VM-2024-00320}},512,"[[KR_ADDRESS:기흥구 보라동 421 민속마을 쌍용 305-1202]]\""""},

{"id": "s9-u05-011", "kind": "vehicle_log", "text": """푸드뱅크 배달봉사 차량 운행일지 {{date:2024-10-15}}
운전봉사자: [[PERSON:계용수]]  면허번호 [[KR_DRIVER_LICENSE:13-88-044219-31]]
차량: [[KR_CAR_PLATE:경기 77 바 1052]] (센터 소유)
출발 {{time:10:05}} {{place_name:수원시 광역푸드뱅크}} → [[KR_ADDRESS:권선구 권선로 308번길 33 2층]] 독거 [[PERSON:노금자]] 어르신 → [[KR_ADDRESS:권선동 1038-7 101호]] [[PERSON:길만호]] 어르신
주행거리 {{statistic:23km}}  도착 {{time:12:40}}"""},

{"id": "s9-u05-012", "kind": "application_form", "text": """기업 임직원 단체봉사 신청
기관명: {{org_name:(주)동성정밀 사회공헌팀}} (사업자 {{business_number:135-81-20984}})
담당자: [[PERSON:위서현]] 대리 / 사번 [[EMPLOYEE_ID:DS23071]] / [[EMAIL_ADDRESS:seohyun.wi@dongsungpm.co.kr]] / [[PHONE_NUMBER:010-5241-3386]]
인원: {{statistic:24명}}   희망일: {{date:11월 셋째 주 토요일}}
활동: 김장나눔
부서장: [[PERSON:남기훈]] 팀장(사번 [[EMPLOYEE_ID:DS09114]])"""},

{"id": "s9-u05-013", "kind": "ocr_certificate", "text": """자 원 봉 사 활 동 확 인 서
발급번호 : {{document_number:2024-1365-O88127}}
성   명 : [[PERSON:궁 태 윤]]      생년월일 : [[BIRTH_DATE:2OO6.O8.21]]
소   속 : {{org_name:용인 수지고등학교}}  학번 : [[STUDENT_ID:3O4O9]]
활동기간 : {{date:2O24.O3.O2}} ~ {{date:2O24.O8.31}}
활동시간 : 총 {{statistic:31시간}}
활동내용 : 하천 정화, 독거노인 말벗
위와 같이 자원봉사활동을 하였음을 확인합니다.
{{date:2O24년 O9월 O2일}}   {{org_name:용인시자원봉사센터}}장"""},

{"id": "s9-u05-014", "kind": "sms", "text": """[영통구자원봉사센터] [[PERSON:차서윤]] 학생, 내일({{date:4/20}}) 플로깅 {{time:오전 9시}} {{place_name:광교호수공원 원천호수 주차장}} 집결입니다. 우천 시 취소 문자 드려요. 담당 [[PERSON:옥성빈]] [[PHONE_NUMBER:010-6620-1937]]"""},

{"id": "s9-u05-015", "kind": "recommendation", "text": """우수 자원봉사자 표창 추천서
성명: [[PERSON:인혜숙]] (印惠淑)   생년월일: [[BIRTH_DATE:1958년 12월 3일]]
주소: [[KR_ADDRESS:용인시 수지구 문정로 7, 1102동 803호]]
봉사 경력: {{date:2009년}}부터 15년간 누적 {{statistic:1,284시간}}, 경로당 급식·말벗 봉사
공적 요지: 코로나19 시기 선별진료소 안내 봉사 {{statistic:320시간}}, 수해 때 이웃 [[PERSON:박○○]] 어르신 구조 도움
추천자: 수지구 자원봉사 캠프장 [[PERSON:변민섭]]"""},

{"id": "s9-u05-016", "kind": "spreadsheet", "text": """재난봉사 실비(교통·식비) 지급내역
이름 | 은행 | 계좌번호 | 금액
[[PERSON:변재식]] | 농협 | [[BANK_ACCOUNT:302-0418-7725-91]] | {{amount:20,000}}
[[PERSON:어수민]] | 토스뱅크 | [[BANK_ACCOUNT:1000-2281-9043]] | {{amount:20,000}}
[[PERSON:공태경]] | 국민 | [[BANK_ACCOUNT:93800201447812]] | {{amount:20,000}}
[[PERSON:하예린]] | 카카오 | [[BANK_ACCOUNT:3333-15-2209876]] | {{amount:20,000}}
지출 승인 [[PERSON:주예령]] {{date:2024.07.26}}"""},

{"id": "s9-u05-017", "kind": "consent_form", "text": """청소년 자원봉사 보호자 동의서
봉사자: [[PERSON:경서]] (성: 우, 생년월일 [[BIRTH_DATE:2010. 10. 10.]]) 중학교 2학년
보호자: [[PERSON:우병철]] (관계: 부)  연락처 [[PHONE_NUMBER:010-8877-4105]]
주소: [[KR_ADDRESS:성남시 수정구 산성대로 473번길 12-3]]
위 청소년이 {{date:2024년 12월 14일}} 연탄나눔 봉사에 참여하는 것에 동의합니다.
{{date:2024. 12. 10.}}  보호자 [[PERSON:우병철]] (서명)"""},

{"id": "s9-u05-018", "kind": "spreadsheet", "text": """사회봉사 학점 연계 대상 학생 (수원 소재 대학 → 수원시자원봉사센터)
학번;성명;학과;이수시간;이메일
[[STUDENT_ID:2020-31447]];[[PERSON:주하람]];사회복지학;{{statistic:30}};[[EMAIL_ADDRESS:haram.ju@swu-mail.ac.kr]]
[[STUDENT_ID:2021-10892]];[[PERSON:곽지민]];간호학;{{statistic:32}};[[EMAIL_ADDRESS:kwakjm21@swu-mail.ac.kr]]
[[STUDENT_ID:2019-22018]];[[PERSON:Ayesha Rahman]];컴퓨터공학;{{statistic:30}};[[EMAIL_ADDRESS:ayesha.r@swu-mail.ac.kr]]
학교 담당 {{public_email:volunteer@swu-mail.ac.kr}}"""},
]
