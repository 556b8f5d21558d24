# Writer l, batch 08: mixed (병역, 체류, 생활관, 청소년) - CC0 1.0, all values invented.
DOCS = [
{"id": "s14-l08-001", "kind": "form", "text": """예비군 전입신고서
성명 [[PERSON:방지훈]]   생년월일 [[BIRTH_DATE:1999.09.09]]
전 주소: [[KR_ADDRESS:서울 관악구 봉천동 1570-12  한결하우스 403호]]
현 주소: [[KR_ADDRESS:경기 용인시 기흥구 보정동 1189 죽전파크빌 7단지 702-1801]]
직장: {{org_name:(주)한솔테크}} (사업자 {{business_number:124-86-12345}}) / 사번 [[EMPLOYEE_ID:HS-23-0471]]
직장주소: [[KR_ADDRESS:성남시 분당구 판교역로 235, 에이치스퀘어 N동 6층]]
휴대폰 [[PHONE_NUMBER:010-2290-6534]]
전입일 {{date:2025.02.03}}"""},

{"id": "s14-l08-002", "kind": "complaint", "text": """유학생 기숙사 앞 도로 무단주차로 통학버스가 못 들어옵니다. 매일 아침 [[KR_CAR_PLATE:123거 4561]]이랑 [[KR_CAR_PLATE:88모 3016]] 두 대가 상습입니다. 위치는 [[KR_ADDRESS:수원시 장안구 서부로 2066 성균관대 자연과학캠퍼스 인관]] 뒤쪽 {{place_name:율전로}}입니다. 사진 3장 첨부.
신고자 [[PERSON:라윤호]] [[PHONE_NUMBER:010-9113-2478]]"""},

{"id": "s14-l08-003", "kind": "table", "text": """외국인 계절근로자 숙소 점검표 ({{date:2025.04.24}}, 처인구)
농가주 | 사업자번호 | 숙소 주소 | 입주인원 | 비고
[[PERSON:구재만]] | [[KR_BRN:135-06-2241?]] | [[KR_ADDRESS:용인시 처인구 원삼면 문촌로 118-9]] | {{statistic:4명}} | 양호
[[PERSON:전미옥]] | [[KR_BRN:135-91-7703?]] | [[KR_ADDRESS:처인구 양지면 남곡리 산 52-1 (컨테이너)]] | {{statistic:6명}} | 개선권고
{{org_name:농업회사법인 해오름}} | {{business_number:135-81-40927}} | [[KR_ADDRESS:처인구 백암면 근창리 633번지]] | {{statistic:9명}} | 양호
점검자 [[PERSON:노현정]] (주무관, 사번 [[EMPLOYEE_ID:2011337]])"""},

{"id": "s14-l08-004", "kind": "letter", "text": """Ms. [[PERSON:Priya Sharma]]
[[KR_ADDRESS:Room 1104, International House, 206 Worldcup-ro, Yeongtong-gu, Suwon-si, Gyeonggi-do 16499]]

Dear [[PERSON:Priya]],
Your application for the Global Buddy programme has been accepted. Your buddy is [[PERSON:Yoon Chaewon]] (she will contact you by e-mail). Orientation is on {{date:March 7}} at {{time:4 p.m.}} in {{place_name:Student Union Hall 2F}}.
Kind regards, [[PERSON:Hyunjoo Ko]], Office of International Affairs"""},

{"id": "s14-l08-005", "kind": "form", "text": """청소년수련관 셔틀 차량 운전원 채용 서류
성명: [[PERSON:석태근]]  생년월일: [[BIRTH_DATE:1968.11.30]]
주민등록번호: [[KR_RRN:681130-152881?]]
운전면허: 1종대형 [[KR_DRIVER_LICENSE:경기 95-224817-13]] (갱신 {{date:2024.12.31}})
자차 출퇴근: [[KR_CAR_PLATE:경기 42 너 8817]] (구형 번호판)
주소: [[KR_ADDRESS:수원시 팔달구 매산로1가 45-6번지]]
연락처: [[PHONE_NUMBER:(031) 254-8830]] / [[PHONE_NUMBER:010-4178-2260]]"""},

{"id": "s14-l08-006", "kind": "export", "text": """생활관비 카드결제 오류 건 (PG사 회신 {{date:2025-02-19}})
거래번호        승인일시             카드번호                금액       상태
{{order_number:T20250218A0931}}  {{date:2025-02-18 14:02}}    [[CREDIT_CARD:4617-3210-5583-901?]]     {{amount:1,180,000}}  이중승인
{{order_number:T20250218A0935}}  {{date:2025-02-18 14:03}}    [[CREDIT_CARD:4617-3210-5583-901?]]     {{amount:1,180,000}}  취소완료
{{order_number:T20250218B1120}}  {{date:2025-02-18 16:41}}    [[CREDIT_CARD:3562 48** **** 2290]]     {{amount:1,180,000}}  정상
결제자 1: [[PERSON:하도윤]] (학번 [[STUDENT_ID:20251877]]) / 결제자 2: [[PERSON:Kenji Mori]] (학번 [[STUDENT_ID:20257702]])"""},

{"id": "s14-l08-007", "kind": "memo", "text": """병무청 민원실 방문 대장 {{date:2025.06.02}}
10:05 [[PERSON:채도현]] 병역판정검사 결과 문의 ([[KR_ADDRESS:성남시 분당구 불정로 90 까치마을 1단지 110-603]])
10:40 [[PERSON:어지석]] 사회복무 소집 연기 / 주소 [[KR_ADDRESS:수원시 권선구 호매실로 104-36, 호매실 스위첸 1107동 202호]]
11:15 대리인 [[PERSON:변말순]](조모) — 손자 [[PERSON:변승재]] 국외여행허가 대리 신청, 위임장 확인
처리자: 민원팀 [[PERSON:소은비]] [[EMPLOYEE_ID:M-0331]]"""},

{"id": "s14-l08-008", "kind": "complaint", "text": """외국인주민센터 한국어교실 신청하러 갔는데 주소 증명 서류가 없다고 거절당했어요. 우리 집은 [[KR_ADDRESS:성남시 수정구 태평로 65번길 22-1 지하1층]]이고 집주인 이름으로 계약돼 있어서 제 이름이 없어요.
저는 [[PERSON:Bui Thanh Tam]], 연락처 [[PHONE_NUMBER:010 9288 1044]]
도와주세요 ㅠ"""},

{"id": "s14-l08-009", "kind": "form", "text": """사회복무요원 복무기관 변경 신청서
성명 [[PERSON:노지환]] / 주민등록번호 [[KR_RRN:010219-3******]]
현 복무기관: {{org_name:용인시 기흥노인복지관}} ([[KR_ADDRESS:용인시 기흥구 강남로 7, 3층]])
희망 복무기관: {{org_name:용인시 수지청소년수련관}}
사유: 거주지 이전 → [[KR_ADDRESS:용인시 수지구 신봉2로 35, 신봉자이2차 208동 1002호]]
복무기관 담당자: [[PERSON:임가현]] (사번 [[EMPLOYEE_ID:Y2020-1152]], [[PHONE_NUMBER:031-324-8815]])"""},

{"id": "s14-l08-010", "kind": "sms", "text": """[방과후 버스] 오늘 3호차 기사님 변경 안내: [[PERSON:편종수]] 기사님 ([[PHONE_NUMBER:010-3372-1190]]), 차량 [[KR_CAR_PLATE:경기70자1523]]. 하원 {{time:18:10}} 예정"""},

{"id": "s14-l08-011", "kind": "letter", "text": """임대차 계약 확인서 (유학생 주거지원용)
임대인: [[PERSON:손덕배]] (개인임대사업자 [[KR_BRN:214-27-0563?]])
임차인: [[PERSON:Hasan Yilmaz]] (외국인등록번호 [[KR_FRN:990326-5820314]])
소재지: [[KR_ADDRESS:경기도 수원시 장안구 율전동 297-3 그린빌 301호]]
임대기간: {{date:2025.03.01}}~{{date:2026.02.28}}  보증금 {{amount:500만원}} / 월세 {{amount:45만원}}
임대인 계좌(월세): 우리 [[BANK_ACCOUNT:1005-703-118822]]"""},

{"id": "s14-l08-012", "kind": "memo", "text": """[수련관 분실물 대장]
{{date:5/18}} 지갑(검정) - 내용: 학생증 [[PERSON:장유빈]] [[STUDENT_ID:20240932]], 체크카드 [[CREDIT_CARD:5272-19**-****-3308]], 청소년증(생년월일 [[BIRTH_DATE:2009.07.04]])
{{date:5/19}} 운전면허증 - [[PERSON:공민성]] [[KR_DRIVER_LICENSE:12-07-559104-20]] → 본인 인계 ({{date:5/20}})
{{date:5/21}} 우산 3개, 텀블러"""},

{"id": "s14-l08-013", "kind": "form", "text": """예비군 훈련장 셔틀 운행 용역 - 참여 운전원 명단
1) [[PERSON:길상호]] 1종대형 [[KR_DRIVER_LICENSE:11-98-301774-52]]
2) [[PERSON:하명석]] 1종대형 [[KR_DRIVER_LICENSE:경기13-447120-09]]
3) [[PERSON:모재필]] 1종보통 [[KR_DRIVER_LICENSE:28-**-******-61]] (사본 흐림, 재제출 요청)
용역업체: {{org_name:상호관광}} (대표 [[PERSON:상호준]], 개인사업자 [[KR_BRN:142-19-5827?]])
계약기간 {{date:2025.03.01~2025.11.30}}"""},

{"id": "s14-l08-014", "kind": "complaint", "text": """유학생 대상 휴대폰 판매점 사기 피해 신고합니다. {{place_name:수원역}} 지하상가 '{{org_name:스마트폰나라}}'(대표 [[PERSON:방규식]], 사업자등록번호 [[KR_BRN:124451072?]])에서 중국 유학생 [[PERSON:陈思远]]이 한국어를 잘 모르는 것을 이용해 {{amount:월 11만원}} 요금제를 36개월 약정으로 가입시켰습니다. 학생 주소는 [[KR_ADDRESS:수원시 장안구 서부로2149번길 23-8, 302호]]. 통역은 제가 했습니다: 한국인 학생 [[PERSON:윤새봄]] [[PHONE_NUMBER:010-4416-8021]]."""},

{"id": "s14-l08-015", "kind": "memo", "text": """방과후 강사 인건비 원천징수 대상 (개인사업자)
- [[PERSON:조한빛]] (미술) 사업자 [[KR_BRN:135-24-0918?]] / 사업장 [[KR_ADDRESS:용인시 수지구 문정로 7번길 14, 2층 한빛아틀리에]]
- [[PERSON:모은서]] (음악) 사업자 [[KR_BRN:129-35-4472?]] / 사업장 [[KR_ADDRESS:성남시 분당구 정자일로 95, 정자동 파크뷰 상가 B-112호]]
- {{org_name:(주)키즈코딩랩}} (코딩) 법인 {{business_number:220-88-01947}} → 원천징수 제외
정산기준일 {{date:매월 말일}}"""},
]
