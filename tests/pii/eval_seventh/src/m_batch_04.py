# Writer m, batch 04: volunteering registrations and lifelong-learning courses. Hand-written, CC0 1.0.
DOCS = [
{"id": "s7-m04-001", "kind": "form", "text": """자원봉사 활동 신청서 (수원시자원봉사센터)
성명: [[PERSON:방예린]]   학교/학년: {{org_name:수원고등학교}} 2학년 5반
학번: [[STUDENT_ID:20517]]
생년월일: [[BIRTH_DATE:2008.01.22]]
1365 ID: yerin0122
연락처: 본인 [[PHONE_NUMBER:010-3912-5047]] / 보호자 [[PHONE_NUMBER:010-8875-1143]]
주소: [[KR_ADDRESS:수원시 팔달구 매산로 3가 47-12]]
희망 활동: 노인복지관 급식 보조 (토 {{time:11:00~13:00}})
신청일: {{date:2024.03.16}}"""},

{"id": "s7-m04-002", "kind": "table", "text": """대학생 재능기부 멘토링 봉사자 명단 - {{org_name:성남시 청소년재단}}
성명,소속,학번,생년월일,휴대폰,이메일
[[PERSON:양수민]],{{org_name:가천대 간호학과}},[[STUDENT_ID:202135417]],[[BIRTH_DATE:2002-06-13]],[[PHONE_NUMBER:010-2288-4913]],[[EMAIL_ADDRESS:sumin.yang@gachon.ac.kr]]
[[PERSON:탁윤호]],{{org_name:신구대 사회복지과}},[[STUDENT_ID:2023-10482]],[[BIRTH_DATE:2004-11-29]],[[PHONE_NUMBER:010-7100-3356]],[[EMAIL_ADDRESS:yunho_t@naver.com]]
[[PERSON:Aisha Karimova]],{{org_name:경기대 국제교류처}},[[STUDENT_ID:K24-00871]],[[BIRTH_DATE:2001-04-04]],[[PHONE_NUMBER:010-9053-6627]],[[EMAIL_ADDRESS:aisha.k2001@gmail.com]]"""},

{"id": "s7-m04-003", "kind": "letter", "text": """봉사활동 확인서

성      명 : [[PERSON:염도경]]
생년월일 : [[BIRTH_DATE:1995년 8월 17일]]
봉사기관 : {{org_name:용인시 수지구 노인복지관}}
활동기간 : {{date:2024. 1. 6.}} ~ {{date:2024. 6. 29.}} (매주 토요일)
활동시간 : 총 {{statistic:96}}시간
활동내용 : 경로식당 배식 및 설거지
위 사람은 위와 같이 자원봉사활동을 하였음을 확인합니다.
{{date:2024년 7월 1일}}
{{org_name:용인시자원봉사센터}} 센터장 [[PERSON:금성호]] (직인)"""},

{"id": "s7-m04-004", "kind": "sms", "text": """[1365] [[PERSON:유수아]]님, {{date:5/18}} 탄천 환경정화 봉사 신청이 승인되었습니다. 집결: 정자교 하부 {{time:9:30}}. 장갑·집게 지급. 문의 담당 [[PERSON:오지훈]] [[PHONE_NUMBER:010-2740-6318]]"""},

{"id": "s7-m04-005", "kind": "form", "text": """외국인 자원봉사자 등록카드
Name: [[PERSON:PHAM THI LAN]]
Nationality: Vietnam
Alien Reg. No. (외국인등록번호): [[KR_FRN:960321-6218304]]
Passport No.: [[KR_PASSPORT:C8137750]]
D.O.B.: [[BIRTH_DATE:21/03/1996]]
Address: [[KR_ADDRESS:101-702, 12 Gwonseon-ro 308beon-gil, Gwonseon-gu, Suwon-si]]
Phone: [[PHONE_NUMBER:010-4407-2391]]
Language: Vietnamese, Korean(TOPIK 4), English
Activity: 다문화 통번역 봉사"""},

{"id": "s7-m04-006", "kind": "email", "text": """안녕하세요, 평생학습관 담당자님.
{{date:9월 2일}} 개강하는 '스마트폰 활용 기초' 강좌 수강신청을 전화로 하려다 계속 통화중이어서 메일 드립니다.
수강자: 저희 아버지 [[PERSON:심재덕]] ([[BIRTH_DATE:1950. 3. 1.]]생), 주소 [[KR_ADDRESS:성남시 수정구 수진동 3274 현대아파트 102동 905호]]
아버지는 휴대폰이 없으셔서 제 번호([[PHONE_NUMBER:010-5563-4820]])로 연락 주세요.
[[PERSON:심은경]] 드림 / [[EMAIL_ADDRESS:eunkyung.shim@kakao.com]]"""},

{"id": "s7-m04-007", "kind": "table", "text": """2024-2학기 수원시 평생학습관 '시니어 바리스타' 수강생 명단
번호 성명   생년월일     연락처
01   [[PERSON:주영길]]  [[BIRTH_DATE:1954.07.02]]   [[PHONE_NUMBER:010-6212-0431]]
02   [[PERSON:남옥희]]  [[BIRTH_DATE:1957.11.15]]   [[PHONE_NUMBER:010-3318-9920]]
03   [[PERSON:전광수]]  [[BIRTH_DATE:1952.01.30]]   [[PHONE_NUMBER:031-257-0912]]
04   [[PERSON:반정애]]  [[BIRTH_DATE:1960.05.05]]   [[PHONE_NUMBER:010-7781-2049]]
강의실 {{room_number:304호}} / 강사 [[PERSON:허윤아]]"""},

{"id": "s7-m04-008", "kind": "form", "text": """강사료 지급 신청서 (외부강사)
강좌명: 우리 동네 역사 걷기
강사 성명: [[PERSON:차민영]]
주민등록번호: [[KR_RRN:780930-240512?]]
주소: [[KR_ADDRESS:서울 송파구 올림픽로 435, 파크리오 A동 1502호]]
지급계좌: 농협 [[BANK_ACCOUNT:352-1408-2271-63]] (예금주 [[PERSON:차민영]])
강의일: {{date:2024. 10. 5.}}, {{date:10. 12.}}, {{date:10. 19.}} (3회)
강사료: 회당 {{amount:200,000원}}"""},

{"id": "s7-m04-009", "kind": "chat", "text": """[평생학습 '캘리그라피 중급' 단톡]
[[PERSON:봉수현]] 강사: 다음주 재료비 {{amount:15,000원}} 아래 계좌로 부탁드려요~ 신한 [[BANK_ACCOUNT:110-301-772845]] [[PERSON:봉수현]]
[[PERSON:엄미애]]: 네 보냈어요~
[[PERSON:주경란]]: 저는 현금으로 드려도 될까요?
[[PERSON:봉수현]] 강사: 네 그럼요 ㅎㅎ"""},

{"id": "s7-m04-010", "kind": "complaint", "text": """평생학습 수강신청 시스템 오류 민원

{{date:2024-08-20}} {{time:10:00}} 선착순 수강신청 시작과 동시에 접속했는데 '세션 만료'가 뜨면서 튕겼고, 다시 들어가니 마감이었습니다. 제 접속 IP는 [[IP_ADDRESS:58.229.17.103]] 이었고 접속 로그 확인해 보시면 {{time:10:00:02}}에 들어간 것이 남아 있을 것입니다.
신청하려던 강좌: 생활 목공 (정원 {{statistic:15}}명)
민원인 [[PERSON:나동훈]] / [[PHONE_NUMBER:010-2206-7148]]"""},

{"id": "s7-m04-011", "kind": "form", "text": """용인시 「청년 자원봉사단」 지원서
이름 [[PERSON:은하율]]
생년월일 [[BIRTH_DATE:2001/12/08]]
주소 [[KR_ADDRESS:용인시 기흥구 중부대로 184, 기흥힉스유타워 A동 1109호]]
소속 {{org_name:단국대학교}} 경영학부 (학번 [[STUDENT_ID:32201744]])
연락처 [[PHONE_NUMBER:010·4527·1836]]
지원동기: 대학교 들어와서 봉사 시간을 채우려고만 했는데, 지역 아동센터에서 아이들 가르치면서 ..."""},

{"id": "s7-m04-012", "kind": "memo", "text": """★ 봉사자 보험 가입 대상 (이번 주 신규)
[[PERSON:진우람]] [[KR_RRN:860224-1******]]
[[PERSON:기소연]] [[KR_RRN:930515-2******]]
[[PERSON:황인성]] [[KR_RRN:0104113******]]
→ 보험사 팩스 {{public_number:02-3140-2200}} 전송 ({{date:4/22}})"""},

{"id": "s7-m04-013", "kind": "letter", "text": """수료증

성명 : [[PERSON:여현정]]
생년월일 : [[BIRTH_DATE:1976. 2. 14.]]
과정명 : 마을활동가 양성과정 (30시간)
교육기간 : {{date:2024. 4. 3.}} ~ {{date:2024. 5. 29.}}
위 사람은 성남시 평생학습원이 운영한 위 과정을 성실히 이수하였으므로 이 증서를 수여합니다.
제 {{document_number:2024-마을-017}} 호
{{date:2024년 5월 29일}}
성남시장"""},

{"id": "s7-m04-014", "kind": "sms", "text": """안녕하세요 [[PERSON:여민수]] 학생 어머니~ 중학생 봉사활동 '도서관 서가정리' {{date:7월 27일}}은 우천 관계없이 진행됩니다. 학생증(학번 [[STUDENT_ID:30412]]) 지참해 주세요. -{{org_name:영덕중}} 봉사담당 교사"""},

{"id": "s7-m04-015", "kind": "system_export", "text": """lifelong_enroll.csv
enroll_id;course;name;birth;mobile;email;pay_card;ip
E24-3301;도자기;[[PERSON:국혜린]];[[BIRTH_DATE:1989-05-27]];[[PHONE_NUMBER:01047213358]];[[EMAIL_ADDRESS:hyerin.kook@naver.com]];[[CREDIT_CARD:5361 48** **** 0027]];[[IP_ADDRESS:118.235.10.44]]
E24-3302;도자기;[[PERSON:Park Seo-yeon]];[[BIRTH_DATE:1991-09-09]];[[PHONE_NUMBER:01088102274]];[[EMAIL_ADDRESS:sy.park91@gmail.com]];[[CREDIT_CARD:3565 12** **** 4403]];[[IP_ADDRESS:39.7.48.212]]
E24-3303;목공;[[PERSON:탁현수]];[[BIRTH_DATE:1978-02-03]];[[PHONE_NUMBER:01061439005]];[[EMAIL_ADDRESS:hs_tak@hanmail.net]];[[CREDIT_CARD:4906 21** **** 8815]];[[IP_ADDRESS:fe80::1c2d:44ff:fe10:8a2b]]"""},

{"id": "s7-m04-016", "kind": "form", "text": """재직자 평생교육 바우처 신청 (경기도)
성명: [[PERSON:조윤태]]     사번: [[EMPLOYEE_ID:HK-103522]]
회사명: {{org_name:(주)한결로지스}}  사업자번호 {{business_number:220-81-47711}}
생년월일: [[BIRTH_DATE:85/10/31]]
자택주소: [[KR_ADDRESS:경기도 용인시 수지구 포은대로 499, 신정마을 9단지 주공아파트 905동 402호]]
희망과정: 물류관리사 대비반"""},
]
