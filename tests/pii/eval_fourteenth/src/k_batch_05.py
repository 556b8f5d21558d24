# Writer k, batch 05: club rosters (동호회, 동아리, 산악회, 조기축구회) and club admin exports.
# Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s14-k05-001", "kind": "club_roster", "text": """[사내 동호회 '한마음 산악회' 2025 회원 명단]
사번\t성명\t부서\t내선\t휴대폰\t회비
[[EMPLOYEE_ID:A18-0271]]\t[[PERSON:성기훈]]\t생산기술팀\t{{public_number:2281}}\t[[PHONE_NUMBER:010-3391-2047]]\t납부
[[EMPLOYEE_ID:A15-0093]]\t[[PERSON:오미란]]\t품질보증팀\t{{public_number:2305}}\t[[PHONE_NUMBER:010-7420-5516]]\t납부
[[EMPLOYEE_ID:C21-1148]]\t[[PERSON:진수빈]]\t인사팀\t{{public_number:1107}}\t[[PHONE_NUMBER:010-2209-8874]]\t미납
[[EMPLOYEE_ID:A09-0012]]\t[[PERSON:라윤석]]\t설비팀\t{{public_number:2410}}\t[[PHONE_NUMBER:010-6658-0331]]\t납부(회장)
회비 계좌: 회장 [[PERSON:라윤석]] 개인통장 쓰지 말고 동호회 통장으로! 기업 [[BANK_ACCOUNT:010-2291-8876]] (총무 [[PERSON:진수빈]])
※ 위 계좌번호는 010으로 시작하지만 전화번호 아님 ㅎㅎ"""},

{"id": "s14-k05-002", "kind": "club_trip", "text": """수원 참좋은산악회 일본 북알프스 원정 ({{date:2025.07.24~07.28}}) 여권 정보 취합
| 이름 | 영문명 | 여권번호 | 생년월일 | 성별 |
| [[PERSON:황보철]] | [[PERSON:HWANGBO CHUL]] | [[KR_PASSPORT:M072J5518]] | [[BIRTH_DATE:19660419]] | M |
| [[PERSON:경미진]] | [[PERSON:KYUNG MIJIN]] | [[KR_PASSPORT:M88301427]] | [[BIRTH_DATE:19700805]] | F |
| [[PERSON:도학수]] | [[PERSON:DO HAKSU]] | [[KR_PASSPORT:m55120983]] | [[BIRTH_DATE:19631102]] | M |
| [[PERSON:Hiroshi Tanaka]] | [[PERSON:TANAKA HIROSHI]] | [[KR_PASSPORT:TR4471902]] | [[BIRTH_DATE:19680213]] | M (일본 현지 가이드 회원) |
항공 예약번호 {{reservation_number:KE5XQ7}} / 출발 {{time:08:10}} 인천 T2"""},

{"id": "s14-k05-003", "kind": "club_admin_log", "text": """[네이버 카페 '용인 자전거 라이딩' 스탭 게시판] 불량회원 처리 기록
- 닉네임 '바람소리' (실명 [[PERSON:남태준]]) : 번개 모임 후 여성회원에게 개인 연락, 경고 1회
  가입 시 입력 정보: [[PHONE_NUMBER:010-9147-3302]], 생년 [[BIRTH_DATE:1987]]
- 닉네임 'ㅇㅇ라이더' : 중고거래 게시판 사기 의심 (입금 후 잠수). 작성 IP [[IP_ADDRESS:121.135.42.**]]
- 닉네임 '초보에요' : 동일 IP [[IP_ADDRESS:211.36.141.87]] 에서 다중 아이디 3개 가입 → 강퇴
처리일 {{date:2025-04-11}}, 처리 스탭 [[PERSON:모서윤]]"""},

{"id": "s14-k05-004", "kind": "club_roster", "text": """성균관대 중앙동아리 「늘푸른」 회원명부 (2025-1학기)
학번 / 이름 / 학과 / 생일 / 연락처
[[STUDENT_ID:2021312847]] / [[PERSON:구민서]] / 경영 / [[BIRTH_DATE:02.03.17]] / [[PHONE_NUMBER:010-8830-1279]]
[[STUDENT_ID:2022315503]] / [[PERSON:이도현]] / 기계 / [[BIRTH_DATE:03.11.28]] / [[PHONE_NUMBER:010-2471-5530]]
[[STUDENT_ID:2023311216]] / [[PERSON:Aziz Karimov]] / 컴공 / [[BIRTH_DATE:01.07.09]] / [[PHONE_NUMBER:010-5580-9923]]
[[STUDENT_ID:2024310088]] / [[PERSON:한소율]] / 국문 / [[BIRTH_DATE:05.05.05]] / [[PHONE_NUMBER:010-3207-6614]]
동아리방: 학생회관 {{room_number:B108호}}"""},

{"id": "s14-k05-005", "kind": "club_notice", "text": """⚽ 성남 FC 조기축구회 공지 ⚽
이번 주 {{date:일요일(8/17)}} 06:30 {{place_name:탄천종합운동장 보조구장}}
유니폼 새로 맞춥니다. 등번호 중복 안되게 댓글로 남겨주세요.
 - 7번 [[PERSON:우현]]이 찜
 - 10번 [[PERSON:재민]] 형
 - 23번 [[PERSON:정석]]
유니폼비 {{amount:45,000원}} → 총무 [[PERSON:맹지훈]] 카뱅 [[BANK_ACCOUNT:3333-12-8847201]]
용품점 {{org_name:킥오프스포츠}} 사업자 {{business_number:220-81-44719}} (법인)"""},

{"id": "s14-k05-006", "kind": "club_roster", "text": """캠핑 동호회 '별밤캠퍼스' 정모 참가 / 캠핑장 차량등록
닉네임, 실명, 차량번호, 인원
텐트왕, [[PERSON:안병철]], [[KR_CAR_PLATE:12더 4587]], 4
숲속요정, [[PERSON:김다솜]], [[KR_CAR_PLATE:301하 8812]] (렌트), 2
캠린이, [[PERSON:손준영]], [[KR_CAR_PLATE:77머9903]], 3
불멍, [[PERSON:류진]], 차없음(텐트왕 차 동승), 1
캠핑장: {{place_name:용인 자연휴양림 오토캠핑장}} A-12~A-15 / 예약번호 {{reservation_number:YN250919-0412}}"""},

{"id": "s14-k05-007", "kind": "club_signup", "text": """수원시 생활체육 배드민턴 클럽 가입원서
클럽명: {{org_name:매탄 스매시}}
성명: [[PERSON:추경민]]   성별: 남   생년월일: [[BIRTH_DATE:1991/12/03]]
주소: [[KR_ADDRESS:경기도 수원시 영통구 매영로 310번길 15-7, 201호 (원천동)]]
휴대전화: [[PHONE_NUMBER:010-4452-0983]]   이메일: [[EMAIL_ADDRESS:kmchu1203@hanmail.net]]
직장: {{org_name:삼성전자 수원사업장}} (사번 [[EMPLOYEE_ID:SE0491827]])
비상연락처: 모 [[PERSON:심연희]] [[PHONE_NUMBER:010-2217-5584]]
동호인 보험 가입 동의: ☑
{{date:2025.03.01}} 신청인 [[PERSON:추경민]] (서명)"""},

{"id": "s14-k05-008", "kind": "club_admin_log", "text": """# club_members_export_20250612.csv (동호회 홈페이지 관리자 다운로드)
member_id,name,email,last_login,last_ip,app_ver
1042,[[PERSON:김승현]],[[EMAIL_ADDRESS:shkim0715@gmail.com]],{{date:2025-06-11 22:41:07}},[[IP_ADDRESS:175.223.18.92]],{{version:5.2.1.3}}
1043,[[PERSON:신유나]],[[EMAIL_ADDRESS:yuna_shin@naver.com]],{{date:2025-06-12 07:15:55}},[[IP_ADDRESS:2001:2d8:e91c:4a7b::1f3]],{{version:5.2.0.9}}
1051,[[PERSON:Park Harin]],[[EMAIL_ADDRESS:harin.p@outlook.kr]],{{date:2025-05-30 13:02:18}},[[IP_ADDRESS:59.10.201.44]],{{version:5.1.7.2}}
1060,[[PERSON:표은서]],{{public_email:noreply@clubsite.co.kr}},{{date:2025-06-01 09:00:00}},[[IP_ADDRESS:112.169.77.5]],{{version:5.2.1.3}}
# 내부망 설정 참고: netmask {{subnet_mask:255.255.255.0}}, gateway는 관리자 문의"""},

{"id": "s14-k05-009", "kind": "group_chat", "text": """[골프 월례회 🏌️]
회장님: 다음달 라운딩 {{place_name:용인 레이크사이드CC}} {{date:10/11}} 7시 티업입니다
[[PERSON:고봉수]]: 카트비 제가 제 카드로 결제할게요 나중에 n빵
[[PERSON:고봉수]]: 부킹할 때 카드번호 필요하다길래 [[CREDIT_CARD:4092-1188-3027-551?]] 이거 썼어요 확인해보세요 총무님
총무 [[PERSON:위성미]]: 아 단톡에 카드번호 올리시면 안돼요 ㅠㅠ 지우세요!
[[PERSON:고봉수]]: 앗 ㅋㅋ"""},

{"id": "s14-k05-010", "kind": "club_roster", "text": """외국인 근로자 풋살 동호회 (화성·오산) 등록자 - 구장 보험 가입용
1. [[PERSON:Rahman Md Shafiul]] / 방글라데시 / 외국인등록번호 [[KR_FRN:930812-5190347]] / [[PHONE_NUMBER:010-8112-0347]]
2. [[PERSON:Sok Dara]] / 캄보디아 / [[KR_FRN:990201 5237718]] / [[PHONE_NUMBER:010-2294-1108]]
3. [[PERSON:Bayarsaikhan Tsogt]] / 몽골 / [[KR_FRN:9507035******]] / 전화 없음, 카톡
4. [[PERSON:Yusupov Jamshid]] / 우즈베키스탄 / 여권 [[KR_PASSPORT:FA2318407]] (등록증 발급 중)
담당: {{org_name:오산시 외국인복지센터}} [[PERSON:남궁지연]] 팀장 [[PHONE_NUMBER:031-8036-72**]]"""},

{"id": "s14-k05-011", "kind": "club_notice", "text": """[용인 수지 테니스 동호회] {{date:2025년 하반기}} 회비 안내
반기 회비 {{amount:90,000원}}
납부 마감 {{date:7월 15일}}
납부처 우리 [[BANK_ACCOUNT:1002-873-440218]] 예금주 [[PERSON:탁성호]](총무)
신규 회원은 가입비 {{amount:30,000원}} 추가
문의 총무 [[PHONE_NUMBER:010.7219.3046]]"""},

{"id": "s14-k05-012", "kind": "club_roster", "text": """'책 읽는 광교' 독서모임 연락망 (2025)
모임장 [[PERSON:윤서진]] [[PHONE_NUMBER:010-3367-2281]]
[[PERSON:하나]]([[PERSON:조하나]]) / [[PERSON:민수]](늦참 가능) / [[PERSON:Emily]] (영어원서팀) / [[PERSON:양○○]] 선생님
다음 모임 {{date:10월 셋째 주 목요일}} {{place_name:광교 중앙도서관}} 세미나실 2
책: 『소년이 온다』"""},

{"id": "s14-k05-013", "kind": "club_signup", "text": """동호회 개인정보 수집 동의서 (드론 동호회 '하늘눈')
성명 [[PERSON:예성훈]] / 생년월일 [[BIRTH_DATE:1979. 2. 28.]]
주소 [[KR_ADDRESS:성남시 분당구 불정로 90번길 6-2 지층]]
드론 조종자 자격번호 {{license_number:DK-2023-11847}} / 기체 신고번호 {{code:C1-22-04871}}
운전면허 [[KR_DRIVER_LICENSE:13-04-558210-71]] (차량 이동 시 보험용)
수집 목적: 비행 승인 신청, 보험 가입 / 보유기간: 탈퇴 시까지
동의일 {{date:2025. 4. 9.}}"""},

{"id": "s14-k05-014", "kind": "group_chat", "text": """[와인동호회 뱅쇼]
[[PERSON:Chloe]]: 다음 모임 제 집에서 해요~ [[KR_ADDRESS:판교원마을 12단지 1208동 1904호]] 공동현관 비번은 개인톡으로!
[[PERSON:도윤]]: 주차 되나요?
[[PERSON:Chloe]]: 방문차량 미리 등록해야 해서 차번호 알려주세요
[[PERSON:도윤]]: [[KR_CAR_PLATE:64구 8820]]
[[PERSON:태리]]: 전 택시타고 갈게요 ㅎ"""},

{"id": "s14-k05-015", "kind": "club_receipt", "text": """[영수증] {{org_name:한빛등산장비}} (개인사업자)
사업자번호 [[KR_BRN:142-12-3098?]] 대표 [[PERSON:국동민]]
주소 [[KR_ADDRESS:수원시 장안구 경수대로 1005, 1층 102호]]
{{date:2025-09-02 15:22}}  단체주문(참좋은산악회)
등산조끼 x 20  {{amount:580,000}}
카드 [[CREDIT_CARD:5585-26**-****-1093]] 승인 {{code:30418827}}"""},

{"id": "s14-k05-016", "kind": "club_roster", "text": "(OCR) 광 교 조 기 축 구 회  회 원 주 소 록 — [[PERSON:임 재 경]]  [[KR_ADDRESS:수원시 영통구 이의동 1290 광교 e편한세상 4102동 1O03호]]  ☎ [[PHONE_NUMBER:O1O 4421 3O92]]  / [[PERSON:석 준 호]]  [[KR_ADDRESS:수원시 팔달구 우만동 5O1-1 우만주공 2단지 207동 4O5호]]  ☎ [[PHONE_NUMBER:O31-211-9O84]]"},

{"id": "s14-k05-017", "kind": "club_notice", "text": """[낚시동호회 '물때'] 선상낚시 승선명부 제출 안내
해경 승선명부에 이름, 생년월일, 연락처 필수입니다. 댓글 말고 총무에게 문자로!
예시 형식) {{example:홍길동}} / {{example:800101}} / {{example:010-0000-0000}}  ← 이렇게
현재 받은 분: [[PERSON:피상철]] [[BIRTH_DATE:760913]], [[PERSON:변우식]] [[BIRTH_DATE:820127]], [[PERSON:강은호]] [[BIRTH_DATE:881230]]
출항 {{date:9/28}} 04:30 {{place_name:궁평항}}"""},
]
