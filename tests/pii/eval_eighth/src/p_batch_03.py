# Writer p, batch 03: utility bills and arrears (water, gas, electricity). CC0 1.0
DOCS = [
{"id": "s8-p03-001", "kind": "bill", "text": """수원시 상수도 요금 고지서 ({{date:2024년 5월}}분)
수용가번호 {{code:07-2231-0948-01}}   납기일 {{date:2024.05.31}}
사용자 [[PERSON:방*영]]
주  소 [[KR_ADDRESS:수원시 권선구 서호로 89번길 12-4 (서둔동)]]
당월지침 {{statistic:1,284}} 전월지침 {{statistic:1,262}} 사용량 {{statistic:22㎥}}
청구금액 {{amount:31,460원}}
가상계좌(기업) {{public_account:587-019221-04-013}} ※ 수원시 세입 전용계좌
문의 수원시 상수도사업소 {{public_number:031-228-4114}}"""},
{"id": "s8-p03-002", "kind": "notice", "text": """수도요금 체납에 따른 단수 예고 통지

성 명: [[PERSON:황인철]] 귀하
급수장소: [[KR_ADDRESS:성남시 중원구 둔촌대로 83번길 7, 지하1층]]
체납기간: {{date:2023년 11월}} ~ {{date:2024년 4월}} (6개월)
체납액: {{amount:금 412,880원}}
{{date:2024. 6. 14.}}까지 납부하지 않으면 「성남시 수도급수 조례」에 따라 급수를 정지합니다.
성남시 맑은물관리사업소장 (담당: 요금팀 [[PERSON:권소정]] [[PHONE_NUMBER:031-729-4672]])"""},
{"id": "s8-p03-003", "kind": "sms", "text": """[Web발신]
[삼천리도시가스] [[PERSON:정혜윤]] 고객님 {{date:6월}} 가스요금 {{amount:18,720원}}이 미납되었습니다. 고객번호 {{code:6003128841}} / 납부계좌 {{public_account:신한 56201-034-48812}}(삼천리) / 문의 {{public_number:1544-3002}}"""},
{"id": "s8-p03-004", "kind": "form", "text": """전기요금 복지할인 신청서 (한국전력공사)
고객번호: {{code:03-1187-4421-05}}
신청인: [[PERSON:오말순]]   주민등록번호: [[KR_RRN:440610-2******]]
대상자와의 관계: 본인 (기초생활수급자)
주소: [[KR_ADDRESS:용인시 처인구 백암면 백암로 201번길 35-2]]
전화: [[PHONE_NUMBER:031-332-5918]] / 휴대폰: 자녀 [[PERSON:윤기현]] [[PHONE_NUMBER:010-2288-7104]]
신청일 {{date:2024.2.19.}}"""},
{"id": "s8-p03-005", "kind": "csv_export", "text": """no,customer_no,name,birth,addr,amount_due,months_overdue,last_paid
1,{{code:1029933401}},[[PERSON:임창수]],[[BIRTH_DATE:19571104]],"[[KR_ADDRESS:수원시 장안구 송정로 33-1]]",{{amount:287400}},5,{{date:20240118}}
2,{{code:1029933587}},[[PERSON:배숙자]],[[BIRTH_DATE:19490228]],"[[KR_ADDRESS:수원시 장안구 파장천로 44번길 9 102호]]",{{amount:96250}},3,{{date:20240302}}
3,{{code:1029934012}},[[PERSON:Ahmed Karimov]],[[BIRTH_DATE:19880719]],"[[KR_ADDRESS:수원시 팔달구 매산로 1가 118-3 2층]]",{{amount:154300}},4,{{date:20240211}}
4,{{code:1029934160}},[[PERSON:선우진영]],[[BIRTH_DATE:19760930]],"[[KR_ADDRESS:수원시 장안구 조원로 18, 201동 903호]]",{{amount:61080}},2,{{date:20240403}}"""},
{"id": "s8-p03-006", "kind": "kakaotalk", "text": """[엄마] [오후 7:31] 가스비 고지서 왔는데 또 연체래 ㅠ 엄마 카드로 좀 내줄수 있니
[나] [오후 7:33] 응 카드번호 불러줘
[엄마] [오후 7:35] [[CREDIT_CARD:9430 0321 8876 115?]] 유효기간 {{date:08/27}}
[나] [오후 7:36] 엄마 이런거 카톡으로 보내지마ㅋㅋ 그리고 생년월일 앞자리도 필요해
[엄마] [오후 7:38] [[BIRTH_DATE:650823]]"""},
{"id": "s8-p03-007", "kind": "payment_log", "text": """[결제로그] svc=water-epay env=prod
{{date:2024-07-03T14:22:18+09:00}} cust_nm=[[PERSON:김은서]] ip=[[IP_ADDRESS:211.36.142.87]] card=[[CREDIT_CARD:5522-81**-****-4410]] amt={{amount:42110}} result=APPROVED
{{date:2024-07-03T14:25:51+09:00}} cust_nm=[[PERSON:문재희]] ip=[[IP_ADDRESS:2001:e60:8a12:3f::1c4]] card=[[CREDIT_CARD:4902-1188-3021-774?]] amt={{amount:18800}} result=DECLINED(51)
gw={{version:v2.14.3}} netmask={{subnet_mask:255.255.255.0}}"""},
{"id": "s8-p03-008", "kind": "complaint", "text": """수도요금 과다청구 이의신청

{{date:4월}} 고지서에 사용량이 {{statistic:61톤}}으로 나왔는데 평소 15톤 정도입니다. 누수 점검 받았는데 이상 없었습니다.
- 성명: [[PERSON:모지훈]]
- 생년월일: [[BIRTH_DATE:1981. 9. 14]]
- 주소: [[KR_ADDRESS:경기 용인시 수지구 성복2로 38 성복힐스테이트 3차 305동 2102호]]
- 수용가번호: {{code:44-1903-2217}}
- 환불받을 계좌: 카카오뱅크 [[BANK_ACCOUNT:3333-05-8812047]]
검침원 확인 부탁드립니다."""},
{"id": "s8-p03-009", "kind": "record", "text": """검침원 현장보고서
작성자 사번 [[EMPLOYEE_ID:SW-20190337]] [[PERSON:류태성]]
점검일 {{date:2024.08.06}}
수용가 [[PERSON:모지훈]] 세대 계량기함 열람 결과 지침 정상, 세대 내 보일러 배관 미세누수 추정.
세대주 동의하에 사진 3매 촬영. 재방문 예정 {{date:8/13}}."""},
{"id": "s8-p03-010", "kind": "table", "text": """| 순번 | 성명 | 생년월일 | 주소 | 체납액 | 비고 |
|---|---|---|---|---|---|
| 1 | [[PERSON:계*수]] | [[BIRTH_DATE:58.03.**]] | [[KR_ADDRESS:성남시 수정구 수정로 171번길 3]] | {{amount:1,204,500}} | 분납약정 |
| 2 | [[PERSON:석○희]] | [[BIRTH_DATE:1963-**-**]] | [[KR_ADDRESS:성남시 수정구 태평로 55-2 나동 101호]] | {{amount:866,210}} | 연락두절 |
| 3 | [[PERSON:피영남]] | [[BIRTH_DATE:71.11.02]] | [[KR_ADDRESS:성남시 중원구 광명로 18번길 24]] | {{amount:2,093,000}} | 압류예고 {{date:24.09.10}} |"""},
{"id": "s8-p03-011", "kind": "email", "text": """보낸사람: [[PERSON:송지은]] <[[EMAIL_ADDRESS:jieun.song@yongin.go.kr]]>
받는사람: [[EMAIL_ADDRESS:parkmh0219@daum.net]]
제목: [용인시 상하수도사업소] 분할납부 승인 안내

[[PERSON:박민혁]] 님 안녕하세요. {{date:9월 2일}} 신청하신 체납 상수도요금 분할납부가 승인되었습니다.
총액 {{amount:738,400원}}을 6회로 나누어 매월 {{date:20일}} 납부하시면 됩니다.
문의는 제 직통번호 [[PHONE_NUMBER:031-324-4418]]로 주세요. 대표번호는 {{public_number:031-324-4000}}입니다.
회신은 {{public_email:water@yongin.go.kr}} 말고 이 메일로 주시면 됩니다."""},
{"id": "s8-p03-012", "kind": "ocr_scan", "text": """도시가스 공급 중지 예고장
고 객 명 : [[PERSON:하 정 민]]
공급장소 : [[KR_ADDRESS:수원시 영통구 봉영로 I6I2, 청명마을 4단지 4IO동 7O3호]]
미 납 액 : {{amount:I23,45O원}}
공급중지 예정일 : {{date:2O24. I2. O3}}
고객센터 {{public_number:I544-3OO2}}"""},
{"id": "s8-p03-013", "kind": "memo", "text": """긴급복지 상담 메모 ({{date:10/8}}, 영통3동)
대상: [[PERSON:어정숙]] 할머니 ([[BIRTH_DATE:1938. 3. 3]] / 음력), 독거
전기 단전 예정 통보받음 (체납 {{amount:34만원}})
아들 [[PERSON:어병철]] 연락처 [[PHONE_NUMBER:010-7120-0348]] → 통화 안 됨
조치: 한전 {{place_name:수원지사}}에 단전유예 요청, 긴급생계비 신청 예정
상담자 통합사례관리사 [[PERSON:윤세라]]"""},
{"id": "s8-p03-014", "kind": "sms", "text": """[성남시] 상수도 요금 자동납부 신청이 완료되었습니다. 카드: 삼성 [[CREDIT_CARD:5310-****-****-0927]] 명의 [[PERSON:여준서]] 적용월 {{date:2024년 11월}}분"""},
{"id": "s8-p03-015", "kind": "form", "text": """전기·가스 명의변경 신청 (이사)
구 명의자: [[PERSON:남기태]]   신 명의자: [[PERSON:표민아]]  생년월일 [[BIRTH_DATE:'91.05.22]]
사용장소: [[KR_ADDRESS:용인시 기흥구 동백죽전대로 444, 어뮤즈타운 7층 703호]]
전입일: {{date:2024.10.28}}
신 명의자 연락처 [[PHONE_NUMBER:010-5833-2907]] / 이메일 [[EMAIL_ADDRESS:mina_pyo@kakao.com]]
※ 명의변경 후 요금은 전입일 기준 일할계산됩니다."""},
{"id": "s8-p03-016", "kind": "letter", "text": """시장님께 드리는 편지

저는 혼자 두 아이를 키우는 엄마입니다. 작년 겨울에 가스비가 너무 많이 나와 {{amount:60만원}} 넘게 밀렸습니다. 큰애 [[PERSON:서준]]이는 [[BIRTH_DATE:2015년 8월]]생이고 작은애 [[PERSON:서아]]는 [[BIRTH_DATE:2019. 2.]] 출생입니다.
지원 받을 수 있는 제도가 있으면 알려주세요.
[[PERSON:전희경]] 올림 ([[PHONE_NUMBER:010-4185-9920]])"""},
{"id": "s8-p03-017", "kind": "tsv_export", "text": """접수번호\t접수일시\t민원인\t연락처\t유형\t담당자\t담당자사번
{{receipt_number:2024-W-03318}}\t{{date:2024-11-04 09:12}}\t[[PERSON:길현아]]\t[[PHONE_NUMBER:010-3391-0055]]\t요금감면\t[[PERSON:안재석]]\t[[EMPLOYEE_ID:1904112]]
{{receipt_number:2024-W-03319}}\t{{date:2024-11-04 09:40}}\t[[PERSON:나민규]]\t[[PHONE_NUMBER:010-2018-7764]]\t누수감면\t[[PERSON:안재석]]\t[[EMPLOYEE_ID:1904112]]
{{receipt_number:2024-W-03320}}\t{{date:2024-11-04 10:05}}\t[[PERSON:Sarah Lim]]\t[[PHONE_NUMBER:010-9982-3140]]\t명의변경\t[[PERSON:권소정]]\t[[EMPLOYEE_ID:2011087]]"""},
]
