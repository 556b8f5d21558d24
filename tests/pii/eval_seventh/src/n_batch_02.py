# Writer n, batch 02: personnel records, official vehicles, expense cards, foreign staff.
# Hand-written, invented data. CC0 1.0.
DOCS = [
{"id": "s7-n02-001", "kind": "personnel_record", "text": """인 사 기 록 카 드 (갑)
성명(한글) [[PERSON:구본희]]   (한자) [[PERSON:具本熙]]
주민등록번호 [[KR_RRN:830527-214038?]]
생년월일 [[BIRTH_DATE:1983년 5월 27일]] (음력 [[BIRTH_DATE:4월 15일]])
주소 [[KR_ADDRESS:경기도 성남시 분당구 정자일로 95, 1203동 802호 (정자동, 한솔마을)]]
본적 {{place_name:경상북도 안동시}}
최초임용 {{date:2008. 3. 1.}} 지방행정서기보
현 소속 성남시 분당구 정자1동 행정복지센터
긴급연락 배우자 [[PERSON:지승환]] [[PHONE_NUMBER:010-6127-3348]]"""},

{"id": "s7-n02-002", "kind": "vehicle_log", "text": """관용차량 운행일지 ({{date:2024년 8월}})  차량번호: [[KR_CAR_PLATE:123무 4580]] (스타리아)
운행일 | 운전자 | 면허번호 | 행선지 | 출발km | 도착km
{{date:08/05}} | [[PERSON:옥정우]] | [[KR_DRIVER_LICENSE:11-09-338172-40]] | 광교 경기도청 | 48,112 | 48,139
{{date:08/06}} | [[PERSON:석가연]] | [[KR_DRIVER_LICENSE:경기 13-552901-17]] | 화성시 봉담읍 현장 | 48,139 | 48,201
{{date:08/08}} | [[PERSON:옥정우]] | [[KR_DRIVER_LICENSE:11-09-338172-40]] | 수원지방법원 | 48,201 | 48,224
주유카드 사용: {{date:08/07}} {{amount:84,000원}}"""},

{"id": "s7-n02-003", "kind": "expense_settlement", "text": """업무추진비 개인카드 사용분 정산 신청
신청인: 기획예산과 주무관 [[PERSON:은다현]]
사용카드: 본인 명의 신용카드 [[CREDIT_CARD:5409 2184 7716 003?]] (신한)
사용일시: {{date:2024.07.18 20:41}}  가맹점: 고향집 한정식 (수원 팔달구)
사용금액: {{amount:312,000원}} / 참석 6명
사유: 법인카드 한도초과로 부득이 개인카드 결제
입금계좌: 우리 [[BANK_ACCOUNT:1002-853-271604]] (예금주 [[PERSON:은다현]])
※ 법인카드 번호는 {{corporate_card:9410-****-****-2231}} (기획예산과 공용) 참고"""},

{"id": "s7-n02-004", "kind": "hiring_notice", "text": """[원어민 통번역 기간제근로자 최종합격자 통지]

성명: [[PERSON:NGUYEN VAN HUNG]] (응우옌 반 훙)
국적: 베트남   성별: 남
외국인등록번호: [[KR_FRN:911023-5218734]]
여권번호: [[KR_PASSPORT:C7702148]]
생년월일: [[BIRTH_DATE:23.10.1991]]
체류자격: F-6 (결혼이민)
주소: [[KR_ADDRESS:경기도 용인시 처인구 금령로 71번길 14-3, 2층 202호]]
연락처: [[PHONE_NUMBER:010-2977-5081]]
근로계약 체결일: {{date:2024. 2. 26.}} 오전 10시, 용인시청 인사과"""},

{"id": "s7-n02-005", "kind": "address_change", "text": """인사기록 변경 신청(주소·연락처)
직원번호 [[EMPLOYEE_ID:2015-04-0372]]  성명 [[PERSON:황보승연]]
변경 전: [[KR_ADDRESS:수원시 장안구 정자동 111 백설마을 코오롱아파트 417-1403]]
변경 후: [[KR_ADDRESS:수원시 영통구 광교호수공원로 80 (하동, 광교중흥S클래스) 가동 3502호]]
전화 변경: 집 [[PHONE_NUMBER:031-216-4482]] → 없음 / 휴대 [[PHONE_NUMBER:010-9355-2168]] (변경없음)
전입신고일 {{date:2024.05.30.}}"""},

{"id": "s7-n02-006", "kind": "memo", "text": """팀장님~ 내일 당직 바꿔주실 분 찾았어요!!
원래 [[PERSON:예슬]]씨 였는데 [[PERSON:진수]] 주무관님이 대신 서주신대요ㅎㅎ
[[PERSON:진수]]님 번호 [[PHONE_NUMBER:010-4402-9917]] 이고, 당직명령부에는 제가 수정해서 올릴게요
(당직일 {{date:9/14 토}}, 일직 09~18 {{room_number:본관 102호}})"""},

{"id": "s7-n02-007", "kind": "parking_registration", "text": """청사 정기주차 신청자 명단(2024년 3분기)
순번,소속,성명,차량번호,차종,연락처,거주지
1,세정과,[[PERSON:류한결]],[[KR_CAR_PLATE:38거 1127]],아반떼,[[PHONE_NUMBER:010-7721-3306]],[[KR_ADDRESS:용인시 기흥구 보정동 1184-3번지]]
2,세정과,[[PERSON:왕서진]],[[KR_CAR_PLATE:경기45라5120]],포터(화물),[[PHONE_NUMBER:010-1186-4320]],[[KR_ADDRESS:화성시 동탄순환대로 127-11 (청계동) 동탄역롯데캐슬 104-2201]]
3,건축과,[[PERSON:설지후]],[[KR_CAR_PLATE:212호 8834]],K5(렌트),[[PHONE_NUMBER:010-5030-8872]],[[KR_ADDRESS:성남시 수정구 산성대로 415번길 7-2 지하1층]]
※ 경차·저공해차 {{statistic:50%}} 감면"""},

{"id": "s7-n02-008", "kind": "certificate_request", "text": """재직증명서 발급대장
발급번호 {{document_number:2024-재직-0772}}
성      명: [[PERSON:천재호]]
생년월일: [[BIRTH_DATE:1976.09.02]]
주      소: [[KR_ADDRESS:경기 성남시 중원구 둔촌대로 83번길 19, 은행주공 3단지 308동 105호]]
재직기간: {{date:1999.07.01}} ~ 현재
용      도: 금융기관 제출(대출)
발급일자: {{date:2024.09.19}}"""},

{"id": "s7-n02-009", "kind": "travel_expense", "text": """국내출장 여비 정산서
출장자 [[PERSON:남궁혜원]] (직번 [[EMPLOYEE_ID:SN19-0884]])
출장지: 세종특별자치시 {{org_name:행정안전부}} 회의실
출장일: {{date:2024-06-11}} 07:30 ~ 19:10
교통: 관용차 [[KR_CAR_PLATE:30누 2258]] 이용(동승 [[PERSON:심규철]], [[PERSON:방예은]])
일비 {{amount:25,000}} / 식비 {{amount:25,000}} / 합 {{amount:50,000}}
입금: 농협 [[BANK_ACCOUNT:302-1184-5529-61]]"""},

{"id": "s7-n02-010", "kind": "email", "text": """From: [[PERSON:Jessica Moreno]] <[[EMAIL_ADDRESS:jmoreno.kr@gmail.com]]>
To: 국제교류팀 [[PERSON:배수현]] <[[EMAIL_ADDRESS:soohyun.bae@seongnam.go.kr]]>
Sent: {{date:Tue, 3 Sep 2024 22:17}}
Subject: ARC renewal - documents

Hi [[PERSON:Soohyun]],
I attached my ARC copy (No. [[KR_FRN:880419-6052317]]) and passport ([[KR_PASSPORT:561284730]], USA).
My new address is [[KR_ADDRESS:성남시 분당구 서현로 210번길 14, 302호]].
Please let me know if you need anything else for the contract extension.
Thanks, [[PERSON:Jess]]
[[PHONE_NUMBER:010-8251-0347]]"""},

{"id": "s7-n02-011", "kind": "audit_report", "text": """감사관실 복무감찰 결과 보고
1. 감찰기간: {{date:2024.8.19.~8.23.}}
2. 적발내용
  가. 근무지 무단이탈
     - ○○구 ○○과 [[PERSON:변○○]](7급): {{date:8.20.}} 14:10경 무단 외출, 개인차량([[KR_CAR_PLATE:57허 9911]]) 이용 은행 방문
  나. 초과근무 부당 수령
     - ○○사업소 [[PERSON:제갈□□]](8급): 지문 인식 후 즉시 퇴청, 월 {{statistic:22시간}} 인정
3. 조치: 훈계 1명, 경고 1명
감찰반장 [[PERSON:이 석 훈]]"""},

{"id": "s7-n02-012", "kind": "council_minutes", "text": """○[[PERSON:심은경]] 의원  자료 보니까요, 시간외 수당 상위 10명 명단에 같은 분이 세 달 연속 올라있어요. [[PERSON:김 ○ 태]] 주무관, 월 57시간.
○총무과장 [[PERSON:양창균]]  네. 그 직원은 {{date:올해 3월부터}} 선거 업무 전담이었습니다.
○[[PERSON:심은경]] 의원  그럼 선관위 파견 공문 제출해 주세요. 회의 끝나고.
○위원장 [[PERSON:어윤아]]  총무과는 {{date:9월 13일까지}} 제출 바랍니다."""},

{"id": "s7-n02-013", "kind": "contract", "text": """용역계약 특수조건 부속서
계약상대자 : 더맑음청소 (개인사업자)
대표자 : [[PERSON:엽경민]]   생년월일 [[BIRTH_DATE:1969-02-14]]
사업자번호 : [[KR_BRN:138-05-7192?]]
사업장 : [[KR_ADDRESS:경기도 용인시 수지구 신봉2로 16번길 5-1(신봉동) 1층 101호]]
대금지급계좌 : 기업은행 [[BANK_ACCOUNT:221-047392-01-015]]
※ 시 세입세출외현금 계좌({{public_account:농협 301-0128-4410-71}})와 혼동하지 말 것"""},

{"id": "s7-n02-014", "kind": "press_release", "text": """[보도 설명자료] ‘성남시 공무원 개인정보 유출’ 관련
{{date:2024.10.7.}} ○○신문 보도 내용 중 “민원인 1,200명 주민번호 유출”은 사실과 다름.
실제 유출 건수는 {{statistic:37건}}이며, 주민등록번호는 앞 6자리만 노출됨.
담당: 정보보호팀장 [[PERSON:경수빈]] ([[PHONE_NUMBER:031-729-2651]]) / 주무관 [[PERSON:반지호]] ([[PHONE_NUMBER:031-729-2658]])"""},

{"id": "s7-n02-015", "kind": "training_roster", "text": """[직장교육] 성희롱·성폭력 예방교육 미이수자 (2024.11.29 기준)
부서/성명/직원번호/연락처
도시재생과/[[PERSON:모재성]]/[[EMPLOYEE_ID:20090231]]/내선 {{public_number:4512}}
도시재생과/[[PERSON:함수민]]/[[EMPLOYEE_ID:20210877]]/[[PHONE_NUMBER:010-6620-1834]]
공원녹지과/[[PERSON:Park Ji-ho]]/[[EMPLOYEE_ID:20230150]]/[[PHONE_NUMBER:010 2235 7716]]
→ {{date:12.13.(금)}}까지 사이버교육으로 대체 이수 바람"""},

{"id": "s7-n02-016", "kind": "whistleblowing", "text": """갑질 피해 신고 (익명 요청)
피해자: 본인 ([[PERSON:마지원]], 임기제 다급, [[BIRTH_DATE:'91.7.3]]생)
행위자: ○○과장 [[PERSON:권 ○ 식]]
일시: {{date:2024.4월~7월 지속}}
내용: 회식 불참 시 업무배제, 새벽 1시 카톡 지시. 캡처 12장 첨부
회신 받을 연락처: [[EMAIL_ADDRESS:jw.ma0703@daum.net]] (휴대폰 노출 원치 않음)"""},

{"id": "s7-n02-017", "kind": "emergency_contacts", "text": """<동절기 제설 비상소집 연락망> 도로관리팀
이름\t직위\t휴대폰\t자택\t거주지(출동시간)
[[PERSON:함동수]]\t팀장\t[[PHONE_NUMBER:010-3305-6617]]\t[[PHONE_NUMBER:031-282-1047]]\t[[KR_ADDRESS:기흥구 구갈동 387-2]] (15분)
[[PERSON:지연호]]\t주무관\t[[PHONE_NUMBER:010-4199-0372]]\t-\t[[KR_ADDRESS:처인구 역북동 740 우미린 102-807]] (10분)
[[PERSON:도해솔]]\t운전원\t[[PHONE_NUMBER:O1O-5582-9130]]\t-\t[[KR_ADDRESS:수지구 죽전로 152, 3-1203]] (25분)
제설상황실 {{public_number:031-324-3900}}"""},

{"id": "s7-n02-018", "kind": "form", "text": """공무원증 재발급 신청서
□ 성명: [[PERSON:사공민채]]   □ 소속: 영통구 환경위생과
□ 생년월일: [[BIRTH_DATE:1995.  10.  09]]
□ 분실일시/장소: {{date:2024.9.28.}} 광교호수공원 인근
□ 기존 공무원증 번호: [[EMPLOYEE_ID:41-2019-08311]]
□ 사진 첨부 여부: 예 (3×4)"""},
]
