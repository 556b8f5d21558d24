# Writer u, batch 03: restaurant and shop licences, sole-proprietor registrations, traditional-market vendors.
# Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s9-u03-001", "kind": "application_form", "text": """■ 식품위생법 시행규칙 [별지 제37호서식]
영업신고서
신고인 성명 [[PERSON:고은채]]   생년월일 [[BIRTH_DATE:1992-03-08]]
       주소 [[KR_ADDRESS:경기도 수원시 장안구 경수대로 1043, 108동 304호(조원동, 한일타운)]]
       전화번호 [[PHONE_NUMBER:010-2739-4180]]   전자우편 [[EMAIL_ADDRESS:goeunchae92@naver.com]]
영업소 명칭(상호) {{org_name:은채네 국수}}
영업소 소재지 [[KR_ADDRESS:수원시 장안구 장안로 134번길 5, 1층]]
영업의 종류 일반음식점   영업장 면적 {{statistic:42.9㎡}}
위생교육 이수 {{date:2024.02.20}} (수료번호 {{code:KFA-24-0211837}})
{{date:2024년 2월 26일}}                 신고인 [[PERSON:고은채]] (서명 또는 인)
장안구청장 귀하"""},

{"id": "s9-u03-002", "kind": "ocr_certificate", "text": """위 생 교 육 수 료 증
제 {{code:2O24-휴게-07731}} 호
성    명 : [[PERSON:엽 지 환]]
생년월일 : [[BIRTH_DATE:1985 년 1O 월 O3 일]]
업    종 : 휴게음식점
교육일시 : {{date:2O24. O5. 14.}} (6시간)
위 사람은 식품위생법 제41조에 따른 위생교육을 수료하였음을 증명합니다.
{{date:2O24. O5. 14.}}
{{org_name:한국휴게음식업중앙회 경기도지회}}장"""},

{"id": "s9-u03-003", "kind": "kakaotalk_chat", "text": """[[PERSON:민성호]] 세무사 사무실: 사장님 사업자등록증 나왔습니다. 사진 보내드려요
나: 감사합니다!! 번호가 어떻게 되죠?
[[PERSON:민성호]] 세무사 사무실: [[KR_BRN:607-41-0877?]] 이고 개업일 {{date:10월 1일}}로 되어 있어요. 간이과세자입니다
나: 카드단말기 신청할 때 주민번호도 필요하대요 ㅠ 제꺼 [[KR_RRN:980613-2******]] 이렇게만 쓰면 되나요
[[PERSON:민성호]] 세무사 사무실: 아뇨 그건 사장님이 직접 입력하셔야 하고요 저희한테 보내지 마세요 ㅎㅎ
나: 넵 ㅋㅋ"""},

{"id": "s9-u03-004", "kind": "spreadsheet", "text": """{{place_name:지동시장}} 점포 사용 현황 ({{date:2024. 3. 31.}} 기준)
| 점포번호 | 상호 | 대표 | 생년월일 | 연락처 | 비고 |
|---|---|---|---|---|---|
| {{room_number:A-12}} | 지동순대 | [[PERSON:나말순]] | [[BIRTH_DATE:1952.07.19]] | [[PHONE_NUMBER:010-4152-0087]] | 30년 영업 |
| {{room_number:A-13}} | 청과 | [[PERSON:탁영길]] | [[BIRTH_DATE:1961.11.30]] | [[PHONE_NUMBER:010-9913-2245]] | |
| {{room_number:B-03}} | 참기름집 | [[PERSON:육정희]] | [[BIRTH_DATE:1968.1.5]] | [[PHONE_NUMBER:031-255-1908]] | 가게전화 |
| {{room_number:B-04}} | (공실) | - | - | - | {{date:4월}} 입찰 |
| {{room_number:C-21}} | 건어물 | [[PERSON:어윤식]] | [[BIRTH_DATE:1957.09.02]] | [[PHONE_NUMBER:010-5530-7716]] | 상인회 총무 |"""},

{"id": "s9-u03-005", "kind": "officer_memo", "text": """노점 실명제 등록 대상자 확인 (모란역 인근)
1. [[PERSON:추경자]] ([[BIRTH_DATE:'55년]]생, 뻥튀기) 주소지 [[KR_ADDRESS:중원구 금광동 2818 금광2차 삼익아파트 3동 805호]]
   - 재산조회 결과 기준 이하, 등록 가능
2. [[PERSON:위동철]] (주민번호 [[KR_RRN:640721-1******]], 떡볶이) 주소 [[KR_ADDRESS:하남시 덕풍동 411-6]]
   - 관외 거주자로 등록 불가 (노점 운영 규정 제5조)
3. [[PERSON:Zhang Lihua]](장리화, 외국인등록번호 [[KR_FRN:760303-6128115]]) 만두 — 체류자격 F-5, 등록 가능
작성: 중원구 건설과 [[PERSON:용세빈]] {{date:2024.04.22}}"""},

{"id": "s9-u03-006", "kind": "application_form", "text": """영업자 지위승계 신고서(양도·양수)
양도인: [[PERSON:왕정민]] / 생년월일 [[BIRTH_DATE:1979.05.27]] / [[PHONE_NUMBER:010-6031-8824]]
양수인: [[PERSON:국지혜]] / 생년월일 [[BIRTH_DATE:1994.12.01]] / [[PHONE_NUMBER:010-2204-5198]]
양수인 주소: [[KR_ADDRESS:용인시 기흥구 중부대로 242, 701동 1502호 (영덕동, 신일해피트리)]]
영업소: {{org_name:카페 바람결}} [[KR_ADDRESS:기흥구 영덕동 1078-4 1층 101호]]
양도일: {{date:2024.05.31}}  신고일: {{date:2024.06.03}}
첨부: 양도양수계약서, 위생교육수료증, 건강진단결과서(발급일 {{date:24.05.29}})"""},

{"id": "s9-u03-007", "kind": "inspection_report", "text": """식품접객업소 위생점검 결과 ({{date:2024. 7. 18.}})
점검반: 위생과 [[PERSON:소정민]], 소비자식품위생감시원 [[PERSON:한미옥]]
1) {{org_name:장수갈비}}(대표 [[PERSON:문 상 진]]) — 유통기한 경과 제품 보관(소스류 2종), 과태료 및 시정명령
2) {{org_name:미소스시}}(대표 [[PERSON:Kenji Watanabe]]) — 적합
3) {{org_name:황금치킨 권선점}}(대표 [[PERSON:변OO]]) — 조리장 위생 불량, 개선 권고
※ 영업자 연락처는 새올 행정시스템 참조"""},

{"id": "s9-u03-008", "kind": "member_list", "text": """{{org_name:팔달문시장 상인회}} 임원 명단
회장  [[PERSON:金昌浩]] 김창호  [[PHONE_NUMBER:010-3341-2207]]
부회장 [[PERSON:李美善]] 이미선  [[PHONE_NUMBER:010-8812-0046]]
총무  [[PERSON:朴성운]]  [[PHONE_NUMBER:010-2765-1193]]
감사  [[PERSON:정 다 운]]  [[PHONE_NUMBER:010 4447 3810]]
상인회 사무실 {{public_number:031-251-7730}} (평일 10~17시)"""},

{"id": "s9-u03-009", "kind": "permit_application", "text": """옥외광고물 표시 허가 신청
신청인 [[PERSON:도하람]] (개인사업자 [[KR_BRN:220-13-5401?]])
광고물 종류: 돌출간판(LED), 크기 {{statistic:0.6m×2.4m}}
표시장소: [[KR_ADDRESS:성남시 분당구 황새울로 360번길 21 1층 일부]]
업소명: {{org_name:하람피부관리}}
연락처 [[PHONE_NUMBER:+82-10-5102-6638]]
신청일 {{date:2024-08-05}}"""},

{"id": "s9-u03-010", "kind": "official_notice", "text": """행정처분 사전통지서
수신자: [[PERSON:문상진]] 귀하 ({{org_name:장수갈비}})
사업자등록번호: [[KR_BRN:124-29-3371?]]
영업소 소재지: [[KR_ADDRESS:수원시 권선구 세권로 193번길 12]]
처분 원인: 유통기한 경과 제품 조리 목적 보관 (적발일 {{date:2024. 7. 18.}})
처분 내용: 영업정지 {{duration:15일}} (또는 과징금 갈음 가능)
의견제출기한: {{date:2024. 8. 16.}}
담당: 권선구 위생과 [[PERSON:소정민]] 주무관 [[PHONE_NUMBER:031-228-6372]]"""},

{"id": "s9-u03-011", "kind": "email", "text": """From: [[EMAIL_ADDRESS:pham.quoc.bao@outlook.com]]
To: {{public_email:foodsafety@seongnam.go.kr}}
Subject: 베트남 쌀국수 가게 창업 문의

안녕하세요, 저는 베트남 사람 [[PERSON:팜 꾸옥 바오]]([[PERSON:Pham Quoc Bao]])입니다. 한국어 잘 못해서 죄송합니다.
제 외국인등록증 번호 [[KR_FRN:880914-5******]], 여권번호 [[KR_PASSPORT:C3918204]] 입니다.
체류자격 D-8로 식당 영업신고 가능한지 궁금합니다. 가게는 [[KR_ADDRESS:수정구 태평로 78 2층]]입니다.
전화 [[PHONE_NUMBER:010-4390-7712]]"""},

{"id": "s9-u03-012", "kind": "sms", "text": """[{{org_name:못골시장 상인회}}] 상인 여러분 {{date:11/9(토)}} 장보기 행사 때 온누리상품권 환전 부스 운영합니다. 물품 문의는 회장 [[PERSON:길병수]] [[PHONE_NUMBER:010-7305-4421]], 행사 문의 사무국장 [[PERSON:이슬]] [[PHONE_NUMBER:010-9218-0377]]"""},

{"id": "s9-u03-013", "kind": "application_form", "text": """온누리상품권 가맹점 등록신청서
시장명: {{place_name:구매탄시장}}   점포명: {{org_name:매탄반찬}}
대표자: [[PERSON:성미경]]  생년월일: [[BIRTH_DATE:67.04.08]]
사업자등록번호: [[KR_BRN:135-06-2284?]]
환전대금 입금계좌: 국민 [[BANK_ACCOUNT:812401-04-192337]] (예금주 [[PERSON:성미경]])
연락처: [[PHONE_NUMBER:010-3820-6401]]
점포 주소: [[KR_ADDRESS:수원시 영통구 매탄동 1214-15 구매탄시장 내 19호]]"""},

{"id": "s9-u03-014", "kind": "registration_form", "text": """통신판매업 신고 (개인)
대표자: [[PERSON:류 하 늘]]
상호: {{org_name:하늘공방}}    도메인: {{code:haneulgongbang.kr}}
사업장: [[KR_ADDRESS:용인시 수지구 신봉2로 26, 1208동 203호]] (자택)
전화: [[PHONE_NUMBER:070-4812-3390]]  휴대: [[PHONE_NUMBER:010-5533-9017]]
전자우편: [[EMAIL_ADDRESS:haneul.craft@gmail.com]]
고객센터 메일(사이트 게시용): {{public_email:cs@haneulgongbang.kr}}
신고번호: {{document_number:제2024-용인수지-1187호}}"""},

{"id": "s9-u03-015", "kind": "call_transcript", "text": """민원인: 영업신고증을 잃어버려서요, 재발급 되나요?
직원: 네 가능합니다. 업소명이랑 대표자분 성함이요?
민원인: {{org_name:오복분식}}이고 제가 대표 [[PERSON:설경란]]이에요.
직원: 생년월일 확인할게요.
민원인: [[BIRTH_DATE:육칠년 삼월 이십이일]]요.
직원: 네 확인됐습니다. 신분증 가지고 구청 2층 위생과로 오시면 되고요, 정부24에서도 됩니다. 수수료는 {{amount:2천원}}입니다."""},

{"id": "s9-u03-016", "kind": "application_form", "text": """미용업(일반) 개설 신고
영업자: [[PERSON:선우 재 인]]   생년월일: [[BIRTH_DATE:2000.08.30]]
미용사 면허번호: {{license_number:제 2021-0418633 호}}
영업소: [[KR_ADDRESS:성남시 수정구 위례광장로 104, 2층 203호]]
면적 {{statistic:33.12㎡}}, 의자 4석
연락처 [[PHONE_NUMBER:010-8244-3061]]"""},

{"id": "s9-u03-017", "kind": "officer_memo", "text": """담배소매인 지정 신청 거리 측정 결과
신청인 [[PERSON:남지석]]([[BIRTH_DATE:1983년 6월]]생), 편의점 예정지 [[KR_ADDRESS:수원시 팔달구 정조로 778 1층]]
기존 소매점({{org_name:○○마트}})과의 보행거리 {{statistic:41.3m}} → 기준 50m 미달, 지정 불가
측정일 {{date:2024-09-10}} / 측정자 [[PERSON:옥한결]], [[PERSON:길유진]]"""},

{"id": "s9-u03-018", "kind": "checklist", "text": """{{place_name:성남 모란민속5일장}} 화재안전 합동점검 체크리스트 ({{date:'24.12.04}})
구역 / 점포 / 대표 / 소화기 / 전기
가-07 / 할매떡집 / [[PERSON:봉OO]] / 有 / 문어발 콘센트
가-11 / 약초 / [[PERSON:모금순]] / 無 / 양호
나-02 / 통닭 / [[PERSON:Dilnoza]] / 有 / 가스호스 노후
나-19 / 잡화 / [[PERSON:석*호]] / 有 / 양호
점검자: 성남소방서 [[PERSON:구자민]] 소방장, 중원구 [[PERSON:용세빈]]"""},

{"id": "s9-u03-019", "kind": "spreadsheet", "text": """{{place_name:남문시장 공영주차장}} 상인 정기권 (1분기)
번호,상인명,점포,차량번호,기간
1,[[PERSON:김창호]],{{room_number:2-14}},[[KR_CAR_PLATE:57도 1184]],{{date:01.01~03.31}}
2,[[PERSON:이미선]],{{room_number:2-02}},[[KR_CAR_PLATE:경기31나7725]],{{date:01.01~03.31}}
3,[[PERSON:허동구]],{{room_number:1-30}},[[KR_CAR_PLATE:224루5503]],{{date:02.01~03.31}}
4,[[PERSON:하영]],{{room_number:3-07}},[[KR_CAR_PLATE:68 저 9012]],{{date:01.15~03.31}}"""},
]
