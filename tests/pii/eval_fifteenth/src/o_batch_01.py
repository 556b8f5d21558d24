# Writer o, batch 01: sports and culture (체육회 대회 참가 신청서, 생활체육 동호회 명단,
# 문화센터 수강 신청, 공연 예매 문의). All values invented. CC0 1.0.

DOCS = [
{"id": "s15-o01-001", "kind": "sports_entry_form", "text": """2025 수원시장기 생활체육 배드민턴대회 참가신청서

■ 참가자 인적사항
성    명 : [[PERSON:박준혁]]   (漢字 : [[PERSON:朴俊赫]])
생년월일 : [[BIRTH_DATE:1987.04.22]]
주민등록번호 : [[KR_RRN:870422-118273?]]  ※ 상해보험 가입용, 대회 종료 후 즉시 파기
주    소 : [[KR_ADDRESS:경기도 수원시 권선구 금곡로102번길 17, 203동 1102호(금곡동, 엘지빌리지)]]
휴 대 폰 : [[PHONE_NUMBER:010-7742-3108]]
E-mail : [[EMAIL_ADDRESS:jh.park87@naver.com]]
소속클럽 : {{org_name:권선콕스타 배드민턴클럽}}   급수 : C조
참가종목 : 남자복식 40대 (파트너 : [[PERSON:이승필]] / [[BIRTH_DATE:1984.11.03]]생)

대회일시 : {{date:2025. 5. 18.}}(일) 09:00 개회
장    소 : {{place_name:수원실내체육관}} 주경기장
신 청 일 : {{date:2025년 4월 29일}}

위와 같이 참가를 신청합니다.      신청인  [[PERSON:박준혁]]  (인)
"""},

{"id": "s15-o01-002", "kind": "club_roster", "text": """[영통 한마음 탁구동호회 회원명단] {{date:2025.03}} 기준 / 총무 작성, 외부 유출 금지

no|성명|생년월일|연락처|거주|비고
1|[[PERSON:최영숙]]|[[BIRTH_DATE:1958.02.14]]|[[PHONE_NUMBER:010-2231-8876]]|영통동|회장
2|[[PERSON:남궁 별]]|[[BIRTH_DATE:1961.09.30]]|[[PHONE_NUMBER:010-9912-0457]]|매탄동|
3|[[PERSON:정해진]]|[[BIRTH_DATE:73.07.08]]|[[PHONE_NUMBER:01048813302]]|망포동|신입({{date:2/15}} 가입)
4|[[PERSON:Tran Van Hieu]]|[[BIRTH_DATE:1990-12-01]]|[[PHONE_NUMBER:010-5567-2190]]|원천동|베트남, 한국어 가능
5|[[PERSON:한소정]]| - |[[PHONE_NUMBER:010-3345-78**]]|영통동|생일 미기재
6|[[PERSON:오경택]]|[[BIRTH_DATE:1966.**.**]]|[[PHONE_NUMBER:010 8120 6634]]|신동|부회장
7|[[PERSON:황보 선]]|[[BIRTH_DATE:1970.01.25]]|[[PHONE_NUMBER:010-7013-2259]]|영통동|{{date:3월}}부터 휴회

※ 회비: 월 {{amount:15,000원}}, 연습: 매주 화·목 19시 {{place_name:영통2동 행정복지센터}} 3층 다목적실
"""},

{"id": "s15-o01-003", "kind": "culture_center_signup", "text": """[문화센터 온라인 수강신청 접수내역 - 관리자화면 인쇄]
접수번호 : {{receipt_number:CC-2025-0412-0087}}
강좌명 : 수채화 기초반 (화/목 10:00~12:00, 강의실 {{room_number:B-204}})
신청자 : [[PERSON:서윤아]]   생년월일 : [[BIRTH_DATE:19920716]]
휴대전화 : [[PHONE_NUMBER:010.8821.4470]]
이메일 : [[EMAIL_ADDRESS:yoona_seo@hanmail.net]]
주소 : [[KR_ADDRESS:성남시 분당구 정자동 상록마을 라이프아파트 108동 702호]]
감면 : 다자녀 (자녀1 [[PERSON:김하람]] [[BIRTH_DATE:2016.03.05]] / 자녀2 [[PERSON:김하율]] [[BIRTH_DATE:2019.08.21]])
결제 : 신용카드 [[CREDIT_CARD:9410-61**-****-2207]]  승인번호 {{code:30712458}}  금액 {{amount:72,000원}}
접속 IP : [[IP_ADDRESS:121.134.77.205]]   접수일시 : {{date:2025-02-24 09:00:03}}
처리상태 : 접수완료(대기 0번)
"""},

{"id": "s15-o01-004", "kind": "ticket_inquiry", "text": """제목: [환불요청] 3/22 뮤지컬 예매 취소 건 문의드립니다

안녕하세요, 예매 담당자님.
저는 [[PERSON:장민경]]이라고 합니다. {{date:3월 22일}} 오후 7시 30분 공연을 2매 예매했는데(예매번호 {{reservation_number:T2503-118842}}, 좌석 {{seat_number:1층 G열 14·15번}}), 아이가 갑자기 입원해서 못 가게 됐어요.
홈페이지에는 공연 7일 전까지만 취소 가능하다고 되어 있는데 진단서 첨부하면 환불 가능할까요?
카드 결제였고 카드번호는 [[CREDIT_CARD:5365-10**-****-4821]] 입니다. 카드 취소가 어려우면 신한 [[BANK_ACCOUNT:110-384-772016]] (예금주 [[PERSON:장민경]])으로 부탁드립니다.
연락은 [[PHONE_NUMBER:010-6634-0928]]로 주시거나 이 메일([[EMAIL_ADDRESS:mkjang.0311@gmail.com]])로 회신 주세요.
고객센터 {{public_number:1544-7744}}는 계속 통화중이라 메일 드려요 ㅠ
"""},

{"id": "s15-o01-005", "kind": "sports_team_roster", "text": """제12회 용인시장배 직장인 족구대회 참가선수 명단
팀명 : {{org_name:(주)한솔정밀}} 족구부   사업자등록번호 {{business_number:135-81-47720}}   대표전화 {{public_number:031-335-2200}}
감독 : [[PERSON:강도윤]] (생산2팀, 직통 [[PHONE_NUMBER:031-335-2261]])

No\t사번\t성명\t생년월일\t포지션
1\t[[EMPLOYEE_ID:HS-20140371]]\t[[PERSON:강도윤]]\t[[BIRTH_DATE:1982-05-17]]\t주장/공격
2\t[[EMPLOYEE_ID:HS-20170112]]\t[[PERSON:류재현]]\t[[BIRTH_DATE:1988-10-09]]\t세터
3\t[[EMPLOYEE_ID:HS-20190845]]\t[[PERSON:마동규]]\t[[BIRTH_DATE:1991-03-28]]\t수비
4\t[[EMPLOYEE_ID:HS-20210033]]\t[[PERSON:석진호]]\t[[BIRTH_DATE:1995-07-04]]\t수비
5\t[[EMPLOYEE_ID:HS-20230219]]\t[[PERSON:Bui Minh Tuan]]\t[[BIRTH_DATE:1997-12-19]]\t후보

※ 재직증명서 첨부 (발급일 {{date:2025.04.07}}). 경기일 {{date:2025.05.10}} 용인시민체육공원 보조구장
"""},

{"id": "s15-o01-006", "kind": "club_chat_log", "text": """[광교 러닝크루 공지방] 
--------------- 2025년 4월 3일 목요일 ---------------
[총무 [[PERSON:하은]]] [오후 9:12] 이번달 회비 2만원 아직 안내신분들ㅠㅠ
[총무 [[PERSON:하은]]] [오후 9:12] [[PERSON:조민재]]님 [[PERSON:이수빈]]님 [[PERSON:Daniel]]님 확인부탁드려요~~
[총무 [[PERSON:하은]]] [오후 9:13] 카뱅 [[BANK_ACCOUNT:3333-08-7712045]] 예금주 [[PERSON:송하은]] 입니다
[[[PERSON:조민재]]] [오후 9:20] 헐 죄송해요 지금 보낼게요
[[[PERSON:Daniel Okafor]]] [오후 9:41] sorry I will send tomorrow 🙏
[총무 [[PERSON:하은]]] [오후 9:42] ㅎㅎ네 감사합니다 그리고 일욜 광교호수공원 7시 집합이에요"""},

{"id": "s15-o01-007", "kind": "race_entry_export", "text": """배번,성명,성별,생년월일,휴대전화,코스,티셔츠,주소,신청일
{{bib_number:10K-0231}},[[PERSON:윤태식]],남,[[BIRTH_DATE:1979/10/02]],[[PHONE_NUMBER:010-4012-7781]],10km,L,"[[KR_ADDRESS:경기 용인시 수지구 풍덕천로 140, 102동 1503호]]",{{date:2025/03/02}}
{{bib_number:10K-0232}},[[PERSON:윤지아]],여,[[BIRTH_DATE:2011/06/15]],[[PHONE_NUMBER:010-4012-7781]],10km,S,"(위와 같음)",{{date:2025/03/02}}
{{bib_number:HF-0088}},[[PERSON:제갈성훈]],남,[[BIRTH_DATE:1968/01/30]],[[PHONE_NUMBER:+82-10-3391-5540]],하프,XL,"[[KR_ADDRESS:수원시 장안구 정자동 111 동신아파트 203-1104]]",{{date:2025/03/04}}
{{bib_number:5K-0410}},[[PERSON:Emily Carter]],여,[[BIRTH_DATE:1993/09/08]],[[PHONE_NUMBER:010-9902-1165]],5km,M,"[[KR_ADDRESS:용인시 기흥구 동백죽전대로 527번길 12 (중동) 2층]]",{{date:2025/03/04}}
"""},

{"id": "s15-o01-008", "kind": "instructor_registration", "text": """문화센터 외부강사 등록카드

강사명 : [[PERSON:임채율]]         생년월일 : [[BIRTH_DATE:1985년 8월 2일]]
강 좌 : 생활도예(토요반)
연락처 : H.P [[PHONE_NUMBER:010-2280-9917]] / 공방 [[PHONE_NUMBER:031-214-6637]]
공방명 : {{org_name:흙결공방}} (개인사업자, 사업자번호 [[KR_BRN:124-27-8830?]])
공방주소 : [[KR_ADDRESS:수원시 팔달구 화서문로 32-4, 1층]]
강사료 입금계좌 : 국민 [[BANK_ACCOUNT:457102-01-338815]] (본인명의)
이메일 : [[EMAIL_ADDRESS:clay.chaeyul@kakao.com]]
담당 주무관 : [[PERSON:노지환]] (평생학습과, 사번 [[EMPLOYEE_ID:2019-0416]])
계약기간 : {{date:2025.03.01.}} ~ {{date:2025.08.31.}}
"""},

{"id": "s15-o01-009", "kind": "ticket_inquiry", "text": """Q. 휠체어석 예매 문의요
작성자 : [[PERSON:권*희]] | 작성일 {{date:2025-04-11}} | 조회 12

{{date:5월 3일}} 토요일 오후 3시 가족음악회 휠체어석 2석(동반 1) 가능한가요? 온라인엔 휠체어석 선택이 안 떠서요. 어머니가 거동이 불편하세요. 복지카드 지참합니다. 전화 [[PHONE_NUMBER:010-61**-3072]] 부탁드려요.

A. 관리자 : 안녕하세요. 휠체어석 {{seat_number:W-03, W-04}} 가예약 해두었습니다. {{date:4월 18일}}까지 {{public_number:031-228-3800}}(평일 9~18시)로 결제해 주세요.
"""},

{"id": "s15-o01-010", "kind": "youth_sports_consent", "text": """유소년 축구교실 참가 및 개인정보 수집 동의서 (보호자용)

참가 어린이 : [[PERSON:문시우]]   생년월일 [[BIRTH_DATE:2015. 11. 27.]]   {{org_name:성남수정초등학교}} 4학년
보 호 자 : [[PERSON:문정식]] (부)   연락처 [[PHONE_NUMBER:010-5178-2046]]
비상연락 : [[PERSON:조은희]] (모)   [[PHONE_NUMBER:010-5178-2047]]
주    소 : [[KR_ADDRESS:성남시 수정구 산성대로 451 산성역 포레스티아 111동 2004호]]
알레르기/특이사항 : 땅콩 알레르기, 천식 약 지참

위 개인정보(성명, 생년월일, 연락처, 주소)를 교실 운영 및 상해보험 가입 목적으로 수집하는 데 동의합니다.
{{date:2025년 3월 8일}}   보호자 [[PERSON:문정식]] (서명)
"""},

{"id": "s15-o01-011", "kind": "club_roster_ocr", "text": """수지 풋살 동호회 명 단 (스캔본 OCR)
1 [[PERSON:김 태 완]]  [[BIRTH_DATE:1989,O4.13]]  [[PHONE_NUMBER:O1O-4S21-7730]]
2 [[PERSON:양현식]]  [[BIRTH_DATE:199l.12.O2]]  [[PHONE_NUMBER:010-2l88-9045]]
3 [[PERSON:蔡 承 佑]]  [[BIRTH_DATE:1987.O9.2l]]  [[PHONE_NUMBER:010-7765-O318]]
4 [[PERSON:탁 민 서]]  [[BIRTH_DATE:2000.06.11]]  [[PHONE_NUMBER:010-3O09-1284]]
회비 계좌 : 농협 [[BANK_ACCOUNT:352-O877-2214-53]] ([[PERSON:김태완]])
페이지 1/1     출력 {{date:2025.O1.20}}
"""},

{"id": "s15-o01-012", "kind": "civil_complaint", "text": """[민원] 문화센터 수강신청 선착순 시스템 문제 있습니다

신청 열리는 {{date:2월 24일}} 9시 정각에 들어갔는데 접속이 안되다가 9시 1분에 들어가니 이미 마감이라고 뜹니다. 근데 같은 아파트 사는 분은 8시 59분에 신청이 됐다고 하네요?? 이게 말이 됩니까. 오픈 시간 전에 신청 받은 사람 명단 확인해 주시고 공정하게 추첨으로 바꿔주세요.
제 아이디는 {{username:sunny_mom77}} 이고 신청자는 [[PERSON:배선희]]([[BIRTH_DATE:1977.05.30]])입니다. 제 PC IP는 [[IP_ADDRESS:211.245.18.96]]이에요(공유기 쓰면 바뀌나요?). 
답변은 문자로 [[PHONE_NUMBER:010-9204-1835]] 주세요.
[[KR_ADDRESS:용인시 수지구 신봉2로 55 신봉마을 LG자이 504동 301호]] [[PERSON:배선희]]
"""},

{"id": "s15-o01-013", "kind": "club_roster", "text": """■ 장안구 게이트볼 동호회 어르신 회원 현황 (보험 갱신용)

성명 / 생년월일 / 전화 / 주소
[[PERSON:엄순자]] / 음력 [[BIRTH_DATE:1941. 3. 15]] / 집 [[PHONE_NUMBER:031-242-1186]] / [[KR_ADDRESS:수원시 장안구 송죽동 418-7 1층]]
[[PERSON:진만복]] / [[BIRTH_DATE:1939]]년생 / [[PHONE_NUMBER:011-9233-4870]] / [[KR_ADDRESS:장안구 만석로29번길 20, 벽산아파트 102동 907호]]
[[PERSON:卓 玉 蘭]] / [[BIRTH_DATE:昭和 18年 7月 2日]] / 딸 [[PERSON:이경미]] [[PHONE_NUMBER:010-2741-6603]] / [[KR_ADDRESS:수원 장안구 조원동 872-1 한일타운 136-501]]
[[PERSON:하재술]] / [[BIRTH_DATE:1944.10.]] / [[PHONE_NUMBER:010-8816-2294]] / (주소 변경 확인 중)

보험기간 {{date:2025.04.01~2026.03.31}} / 피보험자 수 {{statistic:27명}} 중 4명 발췌
"""},

{"id": "s15-o01-014", "kind": "ticket_inquiry", "text": """Hello, I am a foreign resident in Suwon. I want to book 2 tickets for the orchestra concert on {{date:June 7}}. Can I receive the "수원시민 할인 30%" with my alien registration card? My registration number is [[KR_FRN:880514-5123456]] and my name is [[PERSON:Maria Gonzales]] ([[PERSON:마리아 곤잘레스]]). I live at [[KR_ADDRESS:Suwon-si Yeongtong-gu Cheongmyeongnam-ro 30, 101-1203]]. Phone [[PHONE_NUMBER:010 2993 4417]]. 
Thank you!

→ 담당자 메모: 외국인등록증상 체류지가 수원시면 할인 적용 가능. 예매 시 등록증 앞면 사본 요청. (처리 [[PERSON:유다연]] {{date:2025.05.12}})
"""},

{"id": "s15-o01-015", "kind": "sports_entry_form", "text": """제19회 경기도장애인생활체육대회 보치아 종목 참가신청서 (수원시 선수단)

선수 : [[PERSON:길준서]]  장애유형 : 뇌병변(BC3)  생년월일 [[BIRTH_DATE:1996-02-09]]
주민번호 : [[KR_RRN:960209-123894?]]
경기보조인 : [[PERSON:길미숙]] (모)  [[BIRTH_DATE:1968-07-23]]  휴대폰 [[PHONE_NUMBER:010-3328-0716]]
주소 : [[KR_ADDRESS:수원시 권선구 세권로 215, 1동 403호 (권선동, 대명아파트)]]
이동수단 : 장애인콜택시 / 자가용([[KR_CAR_PLATE:38러 2047]]) 주차 필요
선수등록번호 : {{code:GB-2025-0317}}
작성 : 수원시장애인체육회 [[PERSON:차은지]] 주임 ([[EMAIL_ADDRESS:cej_sports@naver.com]])   {{date:'25.04.02}}
"""},

{"id": "s15-o01-016", "kind": "facility_parking_registration", "text": """수영 강습 정기주차 등록 요청합니다.
강습반 : 새벽 6시 자유형 중급 (강사 [[PERSON:소현우]])
회원번호 : {{member_number:SW0047721}}
성명 : [[PERSON:연수진]] / 생년 [[BIRTH_DATE:1983]] / 연락처 [[PHONE_NUMBER:01077213394]]
차량 : 아반떼 흰색 [[KR_CAR_PLATE:157모4428]], 남편 차 카니발 [[KR_CAR_PLATE:경기 42 바 9013]] 두 대 번갈아 타요
등록기간 : {{date:5/1}}~{{date:7/31}} (3개월 {{amount:30,000원}})
"""},

{"id": "s15-o01-017", "kind": "memo", "text": """배드민턴클럽 총무 [[PERSON:윤서진]] [[PHONE_NUMBER:010 3382 1947]] (토요일만 통화 가능, 평일은 문자)"""},

{"id": "s15-o01-018", "kind": "prize_payment_list", "text": """[시민 생활체육 탁구대회 시상금 지급 명단] 기안 {{document_number:체육진흥과-4471}} ({{date:2025.06.02}})

순위 | 성명 | 생년월일 | 은행 | 계좌번호 | 금액
개인전 1위 | [[PERSON:선우재민]] | [[BIRTH_DATE:1990.04.12]] | 우리 | [[BANK_ACCOUNT:1002-845-220917]] | {{amount:300,000}}
개인전 2위 | [[PERSON:도하윤]] | [[BIRTH_DATE:1999.12.30]] | 카카오뱅크 | [[BANK_ACCOUNT:3333-21-0478812]] | {{amount:200,000}}
개인전 3위 | [[PERSON:반기철]] | [[BIRTH_DATE:1957.06.06]] | 수협 | [[BANK_ACCOUNT:1010-2283-9914]] | {{amount:100,000}}
※ 기타소득 원천징수 대상 아님(5만원 이하 제외 기준 별도). 지급일 {{date:6월 10일}}. 세입세출외 계좌 {{public_account:농협 301-0177-2299-01}} (수원시)
"""},
]
