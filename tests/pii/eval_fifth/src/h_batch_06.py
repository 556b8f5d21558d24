# Writer h, batch 06: library, sports centre and public facility bookings.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s5-h06-001", "kind": "library_form", "text": """수원시 도서관 회원가입 신청서 (만 14세 미만 보호자 동의)
회원 성명 : [[PERSON:탁서아]]    생년월일 : [[BIRTH_DATE:2015년 08월 09일]]
보호자 성명 : [[PERSON:탁현준]] (관계: 부)   보호자 생년월일 : [[BIRTH_DATE:1983.12.02]]
주소 : [[KR_ADDRESS:수원시 영통구 광교호수로 152, 광교호반베르디움 5505동 802호]]
보호자 연락처 : [[PHONE_NUMBER:010-4107-3382]]
회원증 번호 : {{member_number:1100234471}}  (발급 {{date:2025.03.15}}, {{place_name:광교푸른숲도서관}})"""},

{"id": "s5-h06-002", "kind": "overdue_notice", "text": """[성남시도서관] 연체 안내
[[PERSON:Rodriguez Ana]] 님, 대출하신 자료 2권이 반납예정일({{date:2025-06-02}})이 지났습니다.
 - 『한국어 문법 연습』 등록번호 {{code:EM0000318827}}
 - 『어린이 과학동화』 등록번호 {{code:JM0000104452}}
연체일수만큼 대출이 정지됩니다. 문의 {{place_name:판교도서관}} {{public_number:031-729-4781}}"""},

{"id": "s5-h06-003", "kind": "access_log", "text": """# e-book / DB 원격접속 로그 (교외접속, proxy)
{{date:2025-04-02 23:14:07}} member=[[STUDENT_ID:20221389]] name=[[PERSON:노은결]] src=[[IP_ADDRESS:118.235.14.92]] db=KISS ok
{{date:2025-04-02 23:41:55}} member=[[STUDENT_ID:20221389]] name=[[PERSON:노은결]] src=[[IP_ADDRESS:118.235.14.92]] db=DBpia ok
{{date:2025-04-03 00:05:12}} member=[[STUDENT_ID:20190077]] name=[[PERSON:변하림]] src=[[IP_ADDRESS:175.223.40.5]] db=RISS denied(휴학)
{{date:2025-04-03 08:30:00}} member=guest src=[[IP_ADDRESS:fe80::1c2b:7aff:fe31:9d04]] db=- denied
proxy={{version:EZproxy 7.2.1}} oid={{oid:1.3.6.1.4.1.2021.11}}"""},

{"id": "s5-h06-004", "kind": "interlibrary_loan", "text": """상호대차 신청 접수
신청자: [[PERSON:심재윤]] (회원번호 {{member_number:S0091827}})
신청자료: 『조선후기 향촌사회 연구』
소장관: 수원 선경도서관 → 수령관: 용인 수지도서관
연락처: [[PHONE_NUMBER:010-9981-3047]]  메일: [[EMAIL_ADDRESS:jaeyoon.sim@outlook.kr]]
신청일: {{date:25/09/03}}  도착예정: {{date:25/09/08}}
비고: 대학원생, 소속 {{org_name:경기대학교 대학원}} 사학과 (학번 [[STUDENT_ID:G2024-1183]])"""},

{"id": "s5-h06-005", "kind": "booking_confirmation", "text": """[용인시 공공시설 예약] 예약이 확정되었습니다
예약번호 : {{reservation_number:YI250714-00381}}
시설 : {{place_name:수지체육공원 풋살장 A면}}
이용일시 : {{date:2025.07.19(토) 08:00~10:00}}
예약자 : [[PERSON:곽도윤]] / [[PHONE_NUMBER:010-****-6621]]
결제 : 신용카드 [[CREDIT_CARD:4364-20**-****-5518]] / {{amount:40,000원}} (관내 50% 할인)
※ 취소는 이용 {{date:3일 전}}까지 가능"""},

{"id": "s5-h06-006", "kind": "rental_application", "text": """체육시설 장기 대관 신청서 (분기)
신청단체 : 꿈나무 줄넘기교실 (개인사업자)
대 표 자 : [[PERSON:하정민]]   생년월일 [[BIRTH_DATE:1988. 5. 7.]]
사업자등록번호 : [[KR_BRN:132-14-5570?]]
소 재 지 : [[KR_ADDRESS:성남시 분당구 서현로 210번길 14, 4층 403호]]
대관시설 : {{place_name:분당 탄천종합운동장 보조체육관}}
대관기간 : {{date:2025.10.01}} ~ {{date:2025.12.31}} 매주 화·목 {{time:16:00~18:00}}
연 락 처 : [[PHONE_NUMBER:010-7714-2035]] / [[EMAIL_ADDRESS:jumprope.jm@naver.com]]
사용료 납부 : 자동이체 (계좌 [[BANK_ACCOUNT:1002-338-901274]])"""},

{"id": "s5-h06-007", "kind": "refund_request", "text": """수영장 강습 환불 요청합니다.
{{date:9월}} 새벽반(06시) 등록했는데 다리 수술로 못 다니게 됐어요. 진단서 첨부합니다.
회원명 [[PERSON:윤채원]] / 회원번호 {{member_number:M-118203}} / 폰 [[PHONE_NUMBER:010-2290-5513]]
결제카드 [[CREDIT_CARD:9410 6123 4870 221?]] (신한) 로 부분취소 부탁드립니다.
등록일 {{date:8/25}}, 강습료 {{amount:62,000원}}"""},

{"id": "s5-h06-008", "kind": "roster", "text": """장안구민회관 탁구교실 수강생 명단 (2025 가을학기)
번호,성명,생년월일,성별,전화번호,비고
1,[[PERSON:김말순]],[[BIRTH_DATE:1949.07.23]],여,[[PHONE_NUMBER:031-245-1180]],65세이상 감면
2,[[PERSON:이재수]],[[BIRTH_DATE:1955.12.30]],남,[[PHONE_NUMBER:010-4401-8893]],감면
3,[[PERSON:배 은 정]],[[BIRTH_DATE:1972.02.11]],여,[[PHONE_NUMBER:010-3312-0471]],
4,[[PERSON:Yuki Tanaka]],[[BIRTH_DATE:1980.10.16]],여,[[PHONE_NUMBER:010-6675-2298]],외국인(등록증 [[KR_FRN:801016-6402913]])
5,[[PERSON:정동식]],[[BIRTH_DATE:1961.04.04]],남,[[PHONE_NUMBER:010-5139-7746]],장애인 감면
강사 [[PERSON:안세희]] / 개강 {{date:9.2}} / 종강 {{date:11.27}}"""},

{"id": "s5-h06-009", "kind": "booking_export", "text": "캠핑장 예약현황_2025-08.xlsx (시트1)\n예약번호\t사이트\t입실\t퇴실\t예약자\t연락처\t차량\n{{reservation_number:CP0801-017}}\tA-07\t{{date:08-01}}\t{{date:08-03}}\t[[PERSON:우민혁]]\t[[PHONE_NUMBER:01033187720]]\t[[KR_CAR_PLATE:68오1592]]\n{{reservation_number:CP0801-022}}\tB-02\t{{date:08-01}}\t{{date:08-02}}\t[[PERSON:설지아]]\t[[PHONE_NUMBER:01092044517]]\t[[KR_CAR_PLATE:215고3384]]\n{{reservation_number:CP0802-003}}\tA-11\t{{date:08-02}}\t{{date:08-04}}\t[[PERSON:오 재 석]]\t[[PHONE_NUMBER:01055120938]]\t[[KR_CAR_PLATE:서울 47 머 2201]]\n{{reservation_number:CP0802-019}}\tC-05\t{{date:08-02}}\t{{date:08-03}}\t[[PERSON:Jonathan Lee]]\t[[PHONE_NUMBER:+1 213 555 0184]]\t렌터카 [[KR_CAR_PLATE:102허 7733]]\n시설: {{place_name:용인자연휴양림 오토캠핑장}}"},

{"id": "s5-h06-010", "kind": "complaint", "text": """헬스장 사물함 도난 건 민원입니다.
{{date:10월 14일}} 저녁 7시쯤 {{place_name:성남종합운동장 체련실}} 2층 남자 탈의실 사물함(62번)에 지갑을 넣어뒀는데 운동 끝나고 보니 자물쇠가 뜯겨 있었습니다. 지갑에는 운전면허증([[KR_DRIVER_LICENSE:13-09-471822-60]])이랑 카드 두 장이 있었습니다. 카드는 바로 정지했습니다.
시설 CCTV 확인해주시고 경찰 신고 협조 부탁드립니다.
[[PERSON:장민호]] / [[PHONE_NUMBER:010-8227-5901]]"""},

{"id": "s5-h06-011", "kind": "room_booking", "text": """주민센터 회의실 대관 신청 (온라인)
신청일 {{date:2025-05-02 11:47}} / 신청IP [[IP_ADDRESS:121.131.88.204]]
단체명 : 영통 책읽는엄마들 (비영리 모임)
신청자 : [[PERSON:허은비]] / [[PHONE_NUMBER:010-6640-1127]]
장소 : 영통1동 행정복지센터 {{room_number:3층 소회의실(302호)}}
이용일 : {{date:5/16(금) 10시~12시}} / 인원 {{statistic:12명}}
승인 : 담당 [[PERSON:국지훈]] 주무관"""},

{"id": "s5-h06-012", "kind": "membership_card", "text": """(재)수원시체육회 시민체육센터 회원증 재발급 신청서
성명 [[PERSON:백승훈]]   생년월일 　[[BIRTH_DATE:９２．０６．１８]]
회원번호 {{member_number:0042-1187}}
분실사유: 지갑 분실
본인확인 신분증 : ☑ 운전면허증 ([[KR_DRIVER_LICENSE:경기 92-118273-05]]) ☐ 주민등록증 ☐ 여권
재발급 수수료 {{amount:3,000원}} 현금"""},

{"id": "s5-h06-013", "kind": "sms", "text": "[시립도서관] [[PERSON:이○현]]님 예약하신 도서 '작별하지 않는다'가 도착했습니다. {{date:11/08}}까지 {{place_name:서현도서관}} 2층 대출데스크에서 찾아가세요."},

{"id": "s5-h06-014", "kind": "email", "text": """Subject: Booking the sports hall for our community badminton club

Hello,
My name is [[PERSON:Daniel Okafor]], I live at [[KR_ADDRESS:Suji-gu, Yongin-si, Pungdeokcheon-ro 129, 103-1504]]. Our club (about 20 members, mostly foreign residents) would like to rent the {{place_name:Suji Gymnasium}} on Saturday mornings.
My ARC number is [[KR_FRN:850301-5123877]] and passport [[KR_PASSPORT:A08814927]] (Nigeria).
You can reach me at [[PHONE_NUMBER:010-3982-6610]] or [[EMAIL_ADDRESS:d.okafor85@gmail.com]].
Thank you,
[[PERSON:Daniel]]"""},

{"id": "s5-h06-015", "kind": "payment_log", "text": """[PG 결제 승인 로그 - 체육시설 예약]
{{date:20250911 212201}}|AUTH|{{order_number:ORD25091100482}}|[[CREDIT_CARD:5585-2614-0032-447?]]|{{amount:22000}}|OK|[[PERSON:손유진]]
{{date:20250911 212455}}|AUTH|{{order_number:ORD25091100483}}|[[CREDIT_CARD:3562-9971-2018-004?]]|{{amount:44000}}|OK|[[PERSON:Liu Yang]]
{{date:20250911 213010}}|AUTH|{{order_number:ORD25091100486}}|[[CREDIT_CARD:376011******527]]|{{amount:22000}}|DECLINE|[[PERSON:천기범]]
terminal={{code:TID-7001294}} gateway={{version:PG-API v2.4}}"""},

{"id": "s5-h06-016", "kind": "lost_complaint", "text": """작은도서관 자원봉사 사서 교대 일지
{{date:3/4(화)}} 오전 [[PERSON:조수아]] → 오후 [[PERSON:반민경]]
특이사항: 어린이 열람실 책상 위에 학생증 두고 감 — {{org_name:수지고등학교}} 1학년 [[PERSON:엄도현]] 학번 [[STUDENT_ID:10523]], 대출데스크 서랍 보관
연락 안 되면 학교 행정실({{public_number:031-262-0451}})에 전화하기"""},

{"id": "s5-h06-017", "kind": "reservation_change", "text": """대관 일정 변경 요청
기존 예약 {{reservation_number:SN-2025-11-0087}} ({{date:11/22}} 토 14:00, {{place_name:성남아트센터 앙상블시어터}})
→ {{date:11/29}} 같은 시간으로 변경 희망
신청인 : 성남 소리울 합창단 총무 [[PERSON:국혜련]] (직장 내선 {{extension:2271}}, 휴대폰 [[PHONE_NUMBER:010-2117-0398]])"""},
]
