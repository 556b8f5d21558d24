# Writer e, batch 05: cadastral surveys, cadastral resurvey, boundary disputes.
# All persons, addresses and numbers are invented. CC0 1.0.
DOCS = [
{"id": "s12-e05-001", "kind": "application_form", "text": """지적측량 의뢰서
의뢰인  성명 [[PERSON:인태균]]    생년월일 [[BIRTH_DATE:1966년 4월 3일]]
        주소 [[KR_ADDRESS:경기도 용인시 처인구 포곡읍 전대리 316-4]]
        전화 [[PHONE_NUMBER:031-338-1947]]   휴대폰 [[PHONE_NUMBER:010-9023-5816]]
측량 종목: 경계복원측량        필지수: 1
토지 소재: [[KR_ADDRESS:처인구 포곡읍 전대리 산 41-2]]   지목 임   면적 {{amount:3,967㎡}}
측량 목적: 인접 토지와의 경계 확인(펜스 설치 예정)
측량수수료: {{amount:1,284,800원}} (부가세 포함)
의뢰일: {{date:2024. 4. 22.}}     측량예정일: {{date:2024. 5. 3.}}
수탁자: {{org_name:한국국토정보공사 용인지사}}  ☎ {{public_number:1588-7704}}"""},

{"id": "s12-e05-002", "kind": "ocr_scan", "text": """지 적 측 량 성 과 도  (경계복원)
토지소재 : [[KR_ADDRESS:용인시 처인구 포곡읍 전대리 산4l-2]]
측 량 자 : 지적기사 [[PERSON:어 승 민]]   ( 자격번호 {{code:제O7-O2-O3l8호}} )
검 사 자 : [[PERSON:천 유 경]]
측량일자 : {{date:2O24 . O5 . O3}}    도면번호 {{document_number:l3-2}}
입 회 인 : 소유자 [[PERSON:인태균]] , 인접토지 소유자 [[PERSON:여 재 복]] ( [[KR_ADDRESS:산4l-5]] )
경계점표지 : 플라스틱표지 4점 설치 ( {{code:K1~K4}} )"""},

{"id": "s12-e05-003", "kind": "complaint", "text": """경계측량 결과에 이의 있습니다

저는 [[KR_ADDRESS:처인구 포곡읍 전대리 산41-5]] 임야 소유자 [[PERSON:여재복]]입니다 (주소는 [[KR_ADDRESS:서울특별시 송파구 오금로 307, 12동 805호]]).
{{date:5월 3일}} 옆 땅 주인 [[PERSON:인태균]]씨가 측량을 했는데 저한테는 전날 저녁에야 문자로 연락이 왔습니다.
말뚝 박힌 자리가 30년 넘게 써온 농로 가운데입니다. 1970년대 등록전환 때부터 도면이 잘못된 거라고 생각합니다.
지적재조사 신청하고 싶고 그 전까지 펜스 공사를 중지시켜 주세요.
[[PERSON:여재복]] ([[BIRTH_DATE:1947. 6. 30.]]생) 연락 [[PHONE_NUMBER:010-5410-2286]]"""},

{"id": "s12-e05-004", "kind": "phone_memo", "text": """{{date:5.7}} LX 용인지사 [[PERSON:어승민]] 기사 통화 ([[PHONE_NUMBER:010-6718-****]] 뒷자리는 본인이 공개 거부)
- [[KR_ADDRESS:전대리 산41-2]] 경계복원 결과 관련 인접인 [[PERSON:여재복]] 민원 건
- 기사님 말로는 측량은 지적도 기준으로 정상, 다만 도면 축척 1/6000 임야도라 오차 클 수 있다고
- 지적재조사 사업지구 편입 여부 확인 필요 → 지적재조사팀 [[PERSON:소진우]] 주무관에 넘김"""},

{"id": "s12-e05-005", "kind": "kakaotalk", "text": """[[PERSON:인태균]]
어르신 저 옆땅 주인입니다. 측량은 제가 비용 다 내고 한거고 LX에서 공식적으로 한거예요

[[PERSON:여재복]]
공식이고 뭐고 그 길은 우리 아버지 때부터 쓰던 길이야 자네가 막으면 우리 밭 못들어가

[[PERSON:인태균]]
그럼 통행은 하시게 해드릴게요 대신 지분 정리는 해주셔야죠

[[PERSON:여재복]]
우리 아들하고 얘기해 [[PERSON:여명수]]이 번호 [[PHONE_NUMBER:010 4473 2091]]

[[PERSON:인태균]]
네 알겠습니다"""},

{"id": "s12-e05-006", "kind": "spreadsheet", "text": """지적재조사 사업지구(포곡 전대지구) 토지소유자 현황
지번,지목,면적,소유자,생년월일,주소,비고
[[KR_ADDRESS:전대리 312]],전,1204,[[PERSON:인태균]],[[BIRTH_DATE:1966-04-03]],"[[KR_ADDRESS:처인구 포곡읍 전대리 316-4]]",
[[KR_ADDRESS:전대리 313]],답,2270,[[PERSON:여재복]],[[BIRTH_DATE:1947-06-30]],"[[KR_ADDRESS:서울 송파구 오금로 307 12-805]]",부재지주
[[KR_ADDRESS:전대리 314-1]],대,455,[[PERSON:석순임]],[[BIRTH_DATE:1939-01-12]],"[[KR_ADDRESS:처인구 포곡읍 전대리 314-1]]",
[[KR_ADDRESS:전대리 314-2]],대,398,[[PERSON:석순임]] 외 3,[[BIRTH_DATE:1939-01-12]],"[[KR_ADDRESS:처인구 포곡읍 전대리 314-1]]",공유
{{place_name:전대리 315}},도,612,{{org_name:용인시}},,,
[[KR_ADDRESS:전대리 317]],전,988,[[PERSON:Hiroshi Tanaka]],[[BIRTH_DATE:1958-10-02]],"[[KR_ADDRESS:처인구 포곡읍 둔전로 77, 101동 702호]]",외국인"""},

{"id": "s12-e05-007", "kind": "application_form", "text": """경계설정에 관한 이의신청서
신청인 성명 [[PERSON:석순임]]     주민등록번호 [[KR_RRN:390112-262503?]]
주소 [[KR_ADDRESS:용인시 처인구 포곡읍 전대리 314-1]]     전화 [[PHONE_NUMBER:031 339 0572]]
대리인 성명 [[PERSON:황영민]] (손자)  생년월일 [[BIRTH_DATE:1994.12.08]]   전화 [[PHONE_NUMBER:010-2105-7763]]
이의 대상 토지: [[KR_ADDRESS:전대리 314-1]], 314-2
이의 내용: 경계결정 결과 현황 담장보다 북측으로 {{amount:1.2m}} 후퇴, 창고 일부가 도로에 편입됨. 현실 경계대로 결정하여 주시기 바람.
접수 {{date:2024. 8. 19.}}"""},

{"id": "s12-e05-008", "kind": "email", "text": """From: [[PERSON:Jiyoung Park-Lee]] <[[EMAIL_ADDRESS:jiyoungpl@yahoo.com]]>
To: {{public_email:cadastre@yongin.go.kr}}
Date: {{date:Mon, 26 Aug 2024 22:10:41 -0700}}
Subject: 지적재조사 통지서 관련 (미국 거주 토지소유자)

안녕하세요. 저는 미국 LA에 거주하는 토지소유자 [[PERSON:박지영]]입니다. 어머니([[PERSON:이순례]], [[BIRTH_DATE:1941년 3월 5일]]생, {{date:2023년 11월}} 작고) 명의 토지를 상속받았는데 통지서가 어머니 옛 주소([[KR_ADDRESS:수원시 장안구 영화동 433-12]])로 갔다고 들었습니다.
저는 한국 국적(재외국민)이고 여권번호는 [[KR_PASSPORT:M583K2710]] 입니다. 입국 없이 위임으로 의견서 제출이 가능한지요?
연락처 [[PHONE_NUMBER:+1 (213) 555-0187]] / 카톡 ID jy_parklee"""},

{"id": "s12-e05-009", "kind": "system_log", "text": """KLIS-AUDIT|{{date:20240827093312}}|[[EMPLOYEE_ID:YI19-0344]]|[[PERSON:소진우]]|[[IP_ADDRESS:10.130.5.77]]|SELECT|토지소유자조회|pnu={{code:4146125327103170000}}|owner=[[PERSON:Hiroshi Tanaka]]
KLIS-AUDIT|{{date:20240827093540}}|[[EMPLOYEE_ID:YI19-0344]]|[[PERSON:소진우]]|[[IP_ADDRESS:10.130.5.77]]|SELECT|개인정보조회(사유:상속인확인)|rrn=[[KR_RRN:410305-2******]]
KLIS-AUDIT|{{date:20240827101802}}|[[EMPLOYEE_ID:YI21-0102]]|[[PERSON:채희수]]|[[IP_ADDRESS:10.130.5.81]]|EXPORT|성과도.pdf|client={{version:KLIS 3.8.1}}"""},

{"id": "s12-e05-010", "kind": "sms", "text": """[한국국토정보공사] [[PERSON:인태균]] 고객님, 의뢰하신 경계복원측량({{receipt_number:접수 2404-1137}})이 {{date:5/3(금) 오전 10시}}로 확정되었습니다. 담당 [[PERSON:어승민]] 기사. 인접 토지소유자 입회를 권장드립니다."""},

{"id": "s12-e05-011", "kind": "application_form", "text": """조정금 수령 청구서 (지적재조사)
토지소재: [[KR_ADDRESS:처인구 포곡읍 전대리 317]]     면적증감: +{{amount:14.6㎡}}
소유자: [[PERSON:田中 博]] ([[PERSON:Hiroshi Tanaka]]) 외국인등록번호 [[KR_FRN:581002-5073318]]
주소: [[KR_ADDRESS:용인시 처인구 포곡읍 둔전로 77, 101동 702호]]
※ 면적 증가 토지로 조정금 징수 대상 → 해당없음(본 청구서는 감소 토지용)
→ 접수 반려 ({{date:2024.09.03}}), 담당 [[PERSON:채희수]]"""},

{"id": "s12-e05-012", "kind": "application_form", "text": """상속인 대표자 선정 동의서
피상속인: [[PERSON:이순례]] (생년월일 [[BIRTH_DATE:1941.03.05]], 사망일 {{date:2023.11.18}})
토지: [[KR_ADDRESS:장안구 영화동 433-12]] 외 1필지
상속인 명단
 1. [[PERSON:박지영]]  [[BIRTH_DATE:1968.07.21]]  장녀  미국 거주 (대표자)
 2. [[PERSON:박지훈]]  [[BIRTH_DATE:1971.02.09]]  장남  [[KR_ADDRESS:수원시 장안구 정자천로 120, 304동 1501호]]
 3. [[PERSON:박지숙]]  [[BIRTH_DATE:1975.10.31]]  차녀  [[KR_ADDRESS:화성시 동탄대로 537 동탄린스트라우스 204-2102]]
위 상속인 전원은 [[PERSON:박지영]]을 대표자로 선정하는 데 동의합니다.
{{date:2024년 9월 10일}}"""},

{"id": "s12-e05-013", "kind": "inspection_report", "text": """경계점 현장 입회 확인서
일시 {{date:2024.06.14}} {{time:10:30}}   장소 [[KR_ADDRESS:성남시 수정구 고등동 410-2]] 일원
측량자: {{org_name:(주)정도지적측량}} 대표 [[PERSON:간호철]]
입회자
 - 의뢰인 [[PERSON:팽수련]] ([[KR_ADDRESS:고등동 410-2]] 소유자) 서명
 - 인접인 [[PERSON:온병국]] ([[KR_ADDRESS:고등동 410-3]]) 서명 거부
 - 인접인 [[PERSON:엄세나]] ([[KR_ADDRESS:고등동 411]]) 서명
특기사항: 410-3 측 블록담장이 경계선 내측으로 최대 {{amount:0.42m}} 침범. 인접인 [[PERSON:온병국]] 결과 수용 불가 의사 표시."""},

{"id": "s12-e05-014", "kind": "application_form", "text": """측량수수료 환불 신청서
신청인 [[PERSON:팽수련]]   생년월일 [[BIRTH_DATE:79.11.03]]   연락처 [[PHONE_NUMBER:010-3920-1174]]
측량종목 경계복원측량   접수번호 {{receipt_number:2406-0522}}
환불사유: 측량 후 인접인 합의로 재측량 취소 (추가 의뢰분만 환불)
결제수단: 신용카드 (신한) [[CREDIT_CARD:4518-4471-****-6225]]  결제일 {{date:2024.06.20}}
환불금액 {{amount:642,400원}}"""},

{"id": "s12-e05-015", "kind": "official_letter", "text": """용 인 시
수신  [[PERSON:TANAKA HIROSHI]] 님 ([[KR_ADDRESS:용인시 처인구 포곡읍 둔전로 77, 101동 702호]])
제목  지적재조사 경계 확정 및 면적 증감 통지 (Notice of boundary confirmation)
1. 귀하 소유 토지([[KR_ADDRESS:전대리 317]])의 경계가 {{date:2024. 8. 30.}} 확정되었습니다.
2. 면적 {{amount:988㎡ → 1,002.6㎡}} (증 {{amount:14.6㎡}}), 조정금 {{amount:1,124,200원}} 징수 예정
3. 외국인 토지소유자의 경우 외국인등록사실증명을 제출해 주시기 바랍니다.
용인시장  (담당: 토지정보과 [[PERSON:채희수]], [[PHONE_NUMBER:031-324-3517]])"""},

{"id": "s12-e05-016", "kind": "complaint", "text": """고등동 측량 회사 차량 주차 관련

측량하는 날 (6월14일) 측량회사 흰색 스타렉스 [[KR_CAR_PLATE:15하 2237]]이 우리 집 차고 앞에 두 시간 넘게 세워져 있었습니다. 전화번호도 안 남겨놓고요.
[[KR_ADDRESS:고등동 410-3]] [[PERSON:온병국]]. 제 전화 [[PHONE_NUMBER:010 8807 4310]]"""},

{"id": "s12-e05-017", "kind": "phone_memo", "text": """[[PERSON:황영민]]([[PERSON:석순임]] 어르신 손자) 전화 - 이의신청 결과 언제 나오냐. {{date:9월 말}} 위원회 예정 안내. 할머니 [[BIRTH_DATE:39년]]생이라 직접 못오신다고 대리 가능한지 → 가능, 위임장 필요"""},

{"id": "s12-e05-018", "kind": "official_letter", "text": """용인시 지적재조사위원회 의결 결과 통지
수신: [[PERSON:석순임]] (대리인 [[PERSON:황영민]])
1. 귀하의 이의신청({{date:2024. 8. 19.}} 접수)에 대하여 {{date:2024. 9. 27.}} 위원회에서 심의한 결과 「지적재조사에 관한 특별법」 제14조에 따라 현실경계를 존중하여 경계를 재설정하기로 의결하였습니다.
2. 변경된 면적: 314-1 {{amount:455㎡→448.2㎡}}
3. 이 결과에 불복하는 경우 통지를 받은 날부터 60일 이내에 행정심판 또는 행정소송을 제기할 수 있습니다.
위원장 {{document_number:토지정보과-21784}}"""},
]
