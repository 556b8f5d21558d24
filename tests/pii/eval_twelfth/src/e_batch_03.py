# Writer e, batch 03: road occupation permits, construction noise and dust complaints.
# All persons, addresses and numbers are invented. CC0 1.0.
DOCS = [
{"id": "s12-e03-001", "kind": "application_form", "text": """도로점용 허가신청서
①신청인 성명 [[PERSON:엄기태]]        ②주민등록번호 [[KR_RRN:770203-102548?]]
③주소 [[KR_ADDRESS:경기도 성남시 수정구 수정로 171번길 8-1]]      ④전화 [[PHONE_NUMBER:010-5006-3317]]
⑤점용 목적: 단독주택 신축공사 가설울타리 및 자재적치
⑥점용 장소: [[KR_ADDRESS:수정구 신흥동 2461-3]] 전면 도로(보도)
⑦점용 면적: {{amount:길이 18m × 폭 1.5m = 27㎡}}
⑧점용 기간: {{date:2024. 6. 10.}} ~ {{date:2024. 12. 9.}} (6개월)
대리인(시공사) {{org_name:신흥건설(주)}} 현장소장 [[PERSON:변상욱]] [[PHONE_NUMBER:010-3871-9026]]
                 {{date:2024. 5. 28.}}  신청인 [[PERSON:엄기태]] (인)"""},

{"id": "s12-e03-002", "kind": "official_letter", "text": """용인시 기흥구청 건설도로과
수신: [[PERSON:오승혜]] 님 ([[KR_ADDRESS:용인시 기흥구 신갈로58번길 11, 2동 301호(신갈동, 청솔빌라)]])
제목: 2024년 도로점용료 부과 고지
점용위치: 신갈동 도로(에어컨 실외기 및 입간판)   점용면적 {{amount:2.4㎡}}
점용기간: {{date:2024.01.01.~2024.12.31.}}
부과금액: {{amount:87,460원}}   납기: {{date:2024. 3. 31.}}
※ 납부: 위택스, 은행 CD/ATM, 가상계좌 {{public_account:기업 542-092381-04-017}}
※ 과오납 환급계좌 등록: 신한 [[BANK_ACCOUNT:110-472-883015]] (예금주 [[PERSON:오승혜]])
담당자 [[PERSON:하동민]] (직통 [[PHONE_NUMBER:031-5189-4257]])"""},

{"id": "s12-e03-003", "kind": "complaint", "text": """새올 민원 - 공사장 소음 너무 심합니다 제발

[[KR_ADDRESS:영통구 광교호수로 152 광교 ○○아파트 1107동 2402호]] 입주민입니다.
앞에 오피스텔 공사장에서 아침 6시 반부터 항타기 소리가 납니다. 법적으로 7시 전엔 안되는걸로 알아요.
저희집에 [[BIRTH_DATE:2024년 2월 14일]]에 태어난 신생아가 있습니다. 애가 소리에 놀라서 깨고 울고 반복입니다.
현장 측정 꼭 해주시고 과태료 부과해주세요.
민원인 [[PERSON:전소라]] ([[PHONE_NUMBER:010-2718-4490]]) / 남편 [[PERSON:반도현]]"""},

{"id": "s12-e03-004", "kind": "phone_memo", "text": """120 이관 {{date:8/7}} {{time:13:12}}
민원인: [[PERSON:육○○]] (성명 비공개 요청, 회신은 문자로) [[PHONE_NUMBER:010-XXXX-1188]] → 원번호 [[PHONE_NUMBER:010-4427-1188]]
위치: [[KR_ADDRESS:중원구 성남대로 997번길 45]] 앞 재개발 철거현장
내용: 철거 분진 날림, 살수 안함. 창문 못열고 빨래 못넌다. 어머니([[BIRTH_DATE:1938년생]]) 천식 있어서 병원 다녀옴
조치: 환경과 [[PERSON:송창우]] 주무관 현장 출동 요청"""},

{"id": "s12-e03-005", "kind": "kakaotalk", "text": """현장소장 [[PERSON:변상욱]]
오전 9:12
어르신 어제 말씀드린대로 오늘 레미콘 타설이라 오전중에 차량 좀 다닙니다 ㅜ 양해 부탁드려요

[[PERSON:구본철]]
오전 9:15
아니 어제도 [[KR_CAR_PLATE:경기92아7104]] 레미콘차가 우리집 대문 앞에 1시간 서있었어 나가지도 못했다고

현장소장 [[PERSON:변상욱]]
오전 9:16
죄송합니다 오늘은 신호수 두명 배치했습니다. 혹시 불편하시면 제 번호로 바로 전화주세요 [[PHONE_NUMBER:010 3871 9026]]"""},

{"id": "s12-e03-006", "kind": "inspection_report", "text": """생활소음 측정 결과 보고
측정일시  {{date:2024년 8월 8일}} {{time:06:40}}~{{time:07:10}}
측정장소  민원인 거주지 경계([[KR_ADDRESS:성남시 중원구 성남대로997번길 51]]) 
측정자    환경과 [[PERSON:송창우]], 측정대행 [[PERSON:맹지석]](환경측정분석사)
측정기기  RION NL-42 (S/N {{code:01091734}}), 교정일 {{date:2024.03.05}}
측정결과  등가소음도 {{statistic:68.4 dB(A)}} (규제기준 {{statistic:60 dB(A)}}, 조석 기준) → 기준초과
사업장    {{org_name:(주)한결건설}} 중원구 재개발 현장, 현장대리인 [[PERSON:곽진혁]]
조치      과태료 {{amount:2,000,000원}} 부과, 작업시간 조정 권고"""},

{"id": "s12-e03-007", "kind": "spreadsheet", "text": """허가번호,점용자,생년월일,점용위치,점용물,면적,기간
{{document_number:2024-도로-041}},[[PERSON:엄기태]],[[BIRTH_DATE:77/02/03]],"[[KR_ADDRESS:신흥동 2461-3]]",가설울타리,27,{{date:24.06.10~24.12.09}}
{{document_number:2024-도로-042}},[[PERSON:윤경옥]],[[BIRTH_DATE:56/11/20]],"[[KR_ADDRESS:태평동 7250-1]]",노점(붕어빵),3.3,{{date:24.06.01~24.11.30}}
{{document_number:2024-도로-043}},{{org_name:한국전력공사 성남지사}},,수진동 도로,전주 이설,1.2,{{date:24.06.12~24.06.20}}
{{document_number:2024-도로-044}},[[PERSON:라승환]],[[BIRTH_DATE:81/07/29]],"[[KR_ADDRESS:단대동 141-19]]",이동식 크레인,45,{{date:24.06.15}}
{{document_number:2024-도로-045}},[[PERSON:고은별]],[[BIRTH_DATE:93/01/05]],"[[KR_ADDRESS:수진동 3318-2]]",테라스(영업),12.6,{{date:24.07.01~25.06.30}}"""},

{"id": "s12-e03-008", "kind": "ocr_scan", "text": """도 로 점 용 허 가 증
허 가 번 호 : {{document_number:제 2O24-도로-O44 호}}
점 용 자 : [[PERSON:라 승 환]]  ( 생년월일 [[BIRTH_DATE:l98l. O7. 29]] )
주 소 : [[KR_ADDRESS:성남시 수정구 단대동 l4l-l9]]
점 용 목 적 : 이동식 크레인 설치 (에어컨 실외기 양중)
장 비 : 25톤 카고크레인 [[KR_CAR_PLATE:경기 8O 바 2276]]
운 전 원 : [[PERSON:차 동 규]]  면허 [[KR_DRIVER_LICENSE:l2-O4-887213-6O]]
위 와 같 이 허 가 합 니 다 .
 {{date:2O24 . O6 . l3 .}}   성 남 시 수 정 구 청 장"""},

{"id": "s12-e03-009", "kind": "system_log", "text": """2024-06-13 14:02:11.209 INFO  [road-permit-api] POST /v1/permits/2024-도로-044/approve by uid=hdm0412 ([[PERSON:하동민]]) from [[IP_ADDRESS:2001:0db8:3c4d:0015:0000:0000:1a2f:1a2b]]
2024-06-13 14:02:11.533 INFO  [road-permit-api] notify sms to=[[PHONE_NUMBER:01044281937]] name=[[PERSON:라승환]] tpl=APPROVED
2024-06-13 14:02:12.004 DEBUG [road-permit-api] jdbc pool=8/32 java={{version:17.0.9}} host=[[IP_ADDRESS:172.20.31.14]]"""},

{"id": "s12-e03-010", "kind": "email", "text": """제목: Noise from construction site next to my apartment / 소음 민원
보낸 사람: [[PERSON:Nguyen Van Thanh]] <[[EMAIL_ADDRESS:thanh.nv1990@outlook.com]]>
받는 사람: {{public_email:minwon@yongin.go.kr}}

Hello. I am foreign worker living in [[KR_ADDRESS:처인구 남사읍 봉무로 210, 203호]].
Construction next door start at 5 am every day, even Sunday. I work night shift and cannot sleep.
My name is [[PERSON:응우옌 반 탄]] ([[PERSON:Nguyen Van Thanh]]), 외국인등록번호 [[KR_FRN:900611-5219874]], born [[BIRTH_DATE:11 June 1990]].
Phone [[PHONE_NUMBER:010-9173-4406]]. Please help. Thank you."""},

{"id": "s12-e03-011", "kind": "sms", "text": """[광교C3블록 공사안내] 입주민 여러분 {{date:8월 19일(월)}}~{{date:8월 23일(금)}} 야간 도로포장 작업({{time:22:00}}~{{time:05:00}})이 진행됩니다. 소음 불편 문의 현장사무실 {{public_number:031-213-4820}} / 공무 [[PERSON:주영섭]] 과장 [[PHONE_NUMBER:010-6620-3915]]"""},

{"id": "s12-e03-012", "kind": "phone_memo", "text": """{{date:2024.7.2(화)}} 오후 신고 전화
신고자 [[PERSON:석지원]]씨 ([[PHONE_NUMBER:010-8105-2274]]) - 수지구 동천로 인도에 굴착 장비 무단점용. 허가표지판 없음.
포크레인 [[KR_CAR_PLATE:경기 09 가 1352]], 덤프 [[KR_CAR_PLATE:87사 4029]] 두 대 확인 요청
현장 확인 결과(16:10) 상수도 긴급복구 - 수도사업소 사전협의 건. 신고자에게 회신함."""},

{"id": "s12-e03-013", "kind": "system_log", "text": """[카드결제 승인내역] 도로점용료
승인일시 {{date:2024/03/29 21:48:03}}  가맹점 {{org_name:용인시청(지방세입)}}
카드번호 [[CREDIT_CARD:4673-0911-2280-413?]]  카드사 국민  할부 일시불
납부자 [[PERSON:오승혜]]  전자납부번호 {{receipt_number:41463-2-24-0003-88172}}
금액 {{amount:87,460원}}  승인번호 {{code:17220934}}"""},

{"id": "s12-e03-014", "kind": "inspection_report", "text": """공사장 안전사고 경위서
발생일시: {{date:2024. 9. 3.(화)}} {{time:17:35}}경
장소: [[KR_ADDRESS:분당구 정자일로 95 앞]] 보도 가설펜스 구간
피해자: [[PERSON:고윤서]](여, [[BIRTH_DATE:2012. 5. 9.]]생, 정자초 6학년) - 펜스 고정용 철물에 다리 긁힘, 봉합 4바늘
보호자: 모 [[PERSON:심은영]] [[PHONE_NUMBER:010-3349-8571]]
현장 관계자: 안전관리자 [[PERSON:배형준]]
조치: 돌출 철물 제거, 보행안전 통로 폭 {{amount:1.5m}} 확보, 보험접수({{case_number:접수번호 2409-03-77412}})"""},

{"id": "s12-e03-015", "kind": "sms", "text": """[[PERSON:윤경옥]]님 붕어빵 노점 도로점용 갱신 서류 접수됐어요~ 다음주에 허가증 찾으러 오세요 (태평2동 행정복지센터 옆 건설과 2층) -[[PERSON:민혜진]] 주무관"""},

{"id": "s12-e03-016", "kind": "application_form", "text": """생계형 노점 도로점용 허가 신청 (갱신)
성명: [[PERSON:윤경옥]]   생년월일: [[BIRTH_DATE:1956. 11. 20.]] (음력 10.18)
주민번호: [[KR_RRN:561120-2******]]
주소: [[KR_ADDRESS:성남시 수정구 태평로 66, 지하1층 B02호]]
연락처: 집 [[PHONE_NUMBER:031-751-3092]] / 아들 [[PERSON:윤재석]] [[PHONE_NUMBER:010-7784-0615]]
점용장소: [[KR_ADDRESS:태평동 7250-1]] 보도 (기존 위치 동일)
재산조사: 기초생활수급자 증명서 첨부 ({{date:2024.05.20}} 발급)
※ 전년도 점용료 {{amount:61,200원}} 완납"""},

{"id": "s12-e03-017", "kind": "application_form", "text": """공사소음 피해 보상 합의서
갑: {{org_name:(주)한결건설}} (법인등록번호 {{business_number:110111-6620154}})
을: [[PERSON:육선자]] (생년월일 [[BIRTH_DATE:1938.02.11]], 주소 [[KR_ADDRESS:성남시 중원구 성남대로997번길 51, 1층]])
을의 대리인: 아들 [[PERSON:육승훈]] (연락처 [[PHONE_NUMBER:010-4427-1188]])
1. 갑은 을에게 소음·분진 피해 보상금으로 {{amount:금 일백오십만원(₩1,500,000)}}을 {{date:2024년 9월 30일}}까지 지급한다.
2. 지급계좌: 새마을금고 [[BANK_ACCOUNT:9002-1883-0477-2]] (예금주 [[PERSON:육선자]])
3. 을은 본 합의 후 동일 사유로 민원을 제기하지 아니한다.
{{date:2024. 9. 12.}}"""},

{"id": "s12-e03-018", "kind": "complaint", "text": """[[KR_ADDRESS:상현동 1064 수지센트럴아이파크 107-1501]] 입니다 야간공사 또 합니다 지금 밤 11시 40분. 빨리 와주세요 - [[PERSON:왕정미]]"""},
]
