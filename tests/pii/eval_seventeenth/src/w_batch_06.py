# Writer w, batch 06: 축제·마라톤 참가 신청, 평생학습 강좌 수강생.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s17-w06-001", "kind": "booking_export", "text": """2025 수원화성 국제하프마라톤 참가자 export (해외 참가자)
bib;name_en;name_kr;nationality;passport;dob;gender;mobile;email;course
{{code:H-0412}};[[PERSON:TANAKA Yuki]];[[PERSON:다나카 유키]];JPN;[[KR_PASSPORT:TZ1048837]];[[BIRTH_DATE:1987-06-21]];F;[[PHONE_NUMBER:+81-90-4418-2207]];[[EMAIL_ADDRESS:yuki.t.run@yahoo.co.jp]];HALF
{{code:H-0413}};[[PERSON:Daniel Muller]];[[PERSON:다니엘 뮐러]];DEU;[[KR_PASSPORT:C01X00T47]];[[BIRTH_DATE:1979-11-02]];M;[[PHONE_NUMBER:+49 151 2274 9903]];[[EMAIL_ADDRESS:d.muller79@web.de]];HALF
{{code:H-0414}};[[PERSON:NGUYEN VAN MINH]];[[PERSON:응우옌 반 민]];VNM;[[KR_PASSPORT:C8827105]];[[BIRTH_DATE:1996-03-14]];M;[[PHONE_NUMBER:010-3318-2046]];[[EMAIL_ADDRESS:minhnv96@gmail.com]];10K
{{code:H-0415}};[[PERSON:KIM JIHO]];[[PERSON:김지호]];KOR;[[KR_PASSPORT:M58120937]];[[BIRTH_DATE:2001-09-09]];M;[[PHONE_NUMBER:010-4420-7718]];[[EMAIL_ADDRESS:jiho.kim0909@naver.com]];HALF
exported {{date:2025-09-30T11:02:15+09:00}} by admin"""},

{"id": "s17-w06-002", "kind": "form", "text": """마라톤 참가신청서 (10km)
성명: [[PERSON:배 민 아]]    성별: 여    생년월일: [[BIRTH_DATE:1991년 4월 30일]]
주소: [[KR_ADDRESS:성남시 분당구 미금일로 90번길 10, 까치마을 1단지 105동 1208호]]
휴대폰: [[PHONE_NUMBER:010-7718-4025]]
비상연락처: [[PERSON:배 성 호]](부) [[PHONE_NUMBER:010-3301-9487]]
기념품 티셔츠: M
참가비 결제: 신용카드 [[CREDIT_CARD:4217 6612 0985 442?]] / {{amount:40,000원}}
신청일: {{date:2025.08.14}}
※ 대회일 {{date:10월 19일(일)}} {{time:07:30}}까지 집결"""},

{"id": "s17-w06-003", "kind": "sms", "text": """[용인 처인 벚꽃축제] [[PERSON:구하율]]님 플리마켓 셀러 선정되었습니다. 부스 {{room_number:B-14}}, 셀러 차량 [[KR_CAR_PLATE:33소 9840]] 등록완료. 참가비 {{amount:3만원}} {{date:3/28}}까지 농협 {{public_account:351-1287-4410-23}}(처인구청) 입금"""},

{"id": "s17-w06-004", "kind": "spreadsheet", "text": """평생학습관 2025-2학기 수강생 명단 「스마트폰 활용 기초」
번호|성명|생년월일|연락처|주소(동)|수강료감면
1|[[PERSON:이복례]]|[[BIRTH_DATE:1944.03.22]]|[[PHONE_NUMBER:031-253-4418]]|조원동|경로(면제)
2|[[PERSON:장 순 희]]|[[BIRTH_DATE:1951.10.10]]|[[PHONE_NUMBER:010-9022-4407]]|송죽동|경로(면제)
3|[[PERSON:박 말 녀]]|[[BIRTH_DATE:1949.05.08]]|[[PHONE_NUMBER:010-2250-3381]]|조원동|기초수급
4|[[PERSON:구 영 진]]|[[BIRTH_DATE:1962.01.27]]|[[PHONE_NUMBER:010-7014-5562]]|정자동|
강사: [[PERSON:남 은 서]] / 개강 {{date:9.2(화)}} / 장소 {{place_name:장안평생학습관 201호}}"""},

{"id": "s17-w06-005", "kind": "email", "text": """받는사람: 성남 평생교육원 담당자님
보낸사람: [[PERSON:류지안]] <[[EMAIL_ADDRESS:ryujian_mom@naver.com]]>

안녕하세요, 「어린이 코딩교실」 신청한 [[PERSON:강도하]] 엄마예요.
아이 생년월일을 [[BIRTH_DATE:2015.7.3]]으로 적었는데 실제로는 [[BIRTH_DATE:2015.3.7]]이에요. 연령 기준에 걸릴까봐 연락드려요.
아이 학교는 {{org_name:서현초}} 4학년이고 학생번호는 [[STUDENT_ID:40327]]입니다.
수강료는 카드([[CREDIT_CARD:5585-26**-****-0192]])로 결제했어요.
제 번호 [[PHONE_NUMBER:010-8843-2105]]"""},

{"id": "s17-w06-006", "kind": "notice", "text": """<2025 용인 청소년 마라톤 안내>
- 일시: {{date:2025. 5. 5.(월, 어린이날)}} {{time:08:00}}
- 출발: {{place_name:용인시민체육공원 주경기장}}
- 참가자격: {{date:2007. 1. 1.}} ~ {{date:2016. 12. 31.}} 출생 청소년
- 접수: 온라인 선착순 {{statistic:2,000명}}, 문의 {{public_number:031-324-4570}}, {{public_email:marathon@yongin.go.kr}}
- 여권번호는 외국인만 입력(예시 {{format_example:M123A4567}})"""},

{"id": "s17-w06-007", "kind": "chat", "text": """[축제 자원봉사 조장방]
[[PERSON:하 은 별]]: 3조 출석 체크합니다~ [[PERSON:박지율]] [[PERSON:연서준]] [[PERSON:Maria]] 오셨나요?
[[PERSON:연서준]]: 저 주차장 쪽이에요 차 [[KR_CAR_PLATE:241누 3306]] 옆
[[PERSON:Maria]]: I'm here! at info booth
[[PERSON:하 은 별]]: 굿굿 [[PERSON:지율]]씨만 안오셨네요 ㅠ 번호 아는 분? 
[[PERSON:연서준]]: [[PHONE_NUMBER:010-9971-0036]] 이거예요"""},

{"id": "s17-w06-008", "kind": "form", "text": """平生學習 講座 受講申請書 (日語 中級)
성명(한자): [[PERSON:崔 秀 妍]] / [[PERSON:최수연]]
생년월일: [[BIRTH_DATE:一九八〇年 八月 二十日]]
주소: [[KR_ADDRESS:수원시 팔달구 창룡대로 38번길 5-2]]
연락처: [[PHONE_NUMBER:010-4772-0198]]
신청일: {{date:2025年 2月 10日}}
수강료: {{amount:60,000원}} (현금 납부)"""},

{"id": "s17-w06-009", "kind": "spreadsheet", "text": """마라톤 단체접수 ({{org_name:(주)경기물류}} 사내동호회)
사번,성명,생년,성별,종목,티셔츠,결제카드(법인)
[[EMPLOYEE_ID:GL-10421]],[[PERSON:안 태 규]],[[BIRTH_DATE:1980]],남,하프,L,법인카드 일괄
[[EMPLOYEE_ID:GL-11877]],[[PERSON:도 하 나]],[[BIRTH_DATE:1993]],여,10km,S,법인카드 일괄
[[EMPLOYEE_ID:GL-12003]],[[PERSON:사 재 민]],[[BIRTH_DATE:1998]],남,10km,XL,법인카드 일괄
단체 대표: [[PERSON:안태규]] 과장 ([[PHONE_NUMBER:010-2264-9108]]) / 회사 사업자 {{business_number:215-81-44302}}"""},

{"id": "s17-w06-010", "kind": "letter", "text": """수료증 재발급 요청

담당자님께
저는 {{date:2023년}} 봄학기 「바리스타 자격 준비반」 수료자 [[PERSON:오 세 린]]입니다.
이사 중에 수료증을 분실해 재발급을 요청드립니다.
당시 수강생 번호는 {{membership_number:PL-23-0412}}이고, 생년월일은 [[BIRTH_DATE:1986년 11월 3일]]입니다.
현주소: [[KR_ADDRESS:용인시 기흥구 동백죽전대로 444, 동백 아이파크 311동 804호]]
우편 발송 부탁드리며 수수료는 계좌이체 하겠습니다.
{{date:2025. 9. 2.}} [[PERSON:오세린]] 올림 ([[PHONE_NUMBER:010-6620-1478]])"""},

{"id": "s17-w06-011", "kind": "ocr", "text": """2O25 성남 탄천 페스티벌 푸드트럭 참가 신청서
대표자 [[PERSON:석 우 람]]  생년월일 [[BIRTH_DATE:l99O.O2.l8]]
상호 {{org_name:우람이네 닭꼬치}}  사업자등록번호 [[KR_BRN:129-14-7788?]]
차량번호 [[KR_CAR_PLATE:8O마 l234]]  (푸드트럭 튜닝 승인)
연락처 [[PHONE_NUMBER:Ol0-55l2-9O37]]
영업신고번호 {{license_number:제2O24-O3l2l호}}"""},

{"id": "s17-w06-012", "kind": "memo", "text": """수강생 민원 {{date:10/14}}
[[PERSON:구영진]] 수강생([[BIRTH_DATE:62년]]생) 전화: 강사님 목소리가 작아서 잘 안들림. 뒷자리 어르신들도 같은 의견이라 함
→ {{place_name:201호}} 마이크 설치 요청 (시설팀 [[PERSON:표재원]] 주무관 [[PHONE_NUMBER:031-228-4193]])
→ 강사 [[PERSON:남은서]] 님께도 전달함"""},

{"id": "s17-w06-013", "kind": "booking_export", "text": """[축제 체험부스 예약 DB]
id	reserved_at	name	birth	phone	child_name	child_birth	slot
{{reservation_number:88123}}	{{date:2025-04-28 21:14:07}}	[[PERSON:유다현]]	[[BIRTH_DATE:19880519]]	[[PHONE_NUMBER:01055043021]]	[[PERSON:정시우]]	[[BIRTH_DATE:20190301]]	{{time:10:30}}
{{reservation_number:88124}}	{{date:2025-04-28 21:15:55}}	[[PERSON:Rahim Uddin]]	[[BIRTH_DATE:19850101]]	[[PHONE_NUMBER:01022769140]]	[[PERSON:Ayaan Uddin]]	[[BIRTH_DATE:20180812]]	{{time:11:00}}
{{reservation_number:88125}}	{{date:2025-04-28 21:17:30}}	[[PERSON:한 소 망]]	[[BIRTH_DATE:19921207]]	[[PHONE_NUMBER:01073318006]]	[[PERSON:김 하 엘]]	[[BIRTH_DATE:20200404]]	{{time:11:00}}"""},

{"id": "s17-w06-014", "kind": "complaint", "text": """마라톤 때문에 도로 통제된 거 너무 하네요. {{date:일요일}} 아침에 [[KR_ADDRESS:팔달구 화서동 431-8]] 우리집 앞 골목까지 막아서 어머니 병원 모시고 가야하는데 못 나갔습니다.
제 차 [[KR_CAR_PLATE:19더 4471]] 그대로 갇혀있었고 통제요원한테 사정했는데 안된답니다.
어머니([[PERSON:엄 판 례]], [[BIRTH_DATE:1938]]년생)는 결국 택시 타고 가셨어요.
사전 안내문도 못 받았습니다. 답변바랍니다. [[PERSON:노 재 원]] [[PHONE_NUMBER:010-3001-6257]]"""},

{"id": "s17-w06-015", "kind": "form", "text": """평생학습 바우처 신청서
신청자 [[PERSON:이 하 늘]]  주민등록번호 [[KR_RRN:030311-4******]]
대학 재학 여부: 재학 ({{org_name:한신대}} 학번 [[STUDENT_ID:202310562]])
주소 [[KR_ADDRESS:경기도 용인시 처인구 중부대로 1199, 103동 401호]]
연락처 [[PHONE_NUMBER:010-2291-6618]]
바우처 수령 카드: [[CREDIT_CARD:6251-56**-****-0314]] (BC 국민행복카드)
신청일 {{date:2025-03-17}}"""},
]
