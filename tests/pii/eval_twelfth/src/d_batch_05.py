# Writer d, batch 05: 작은도서관, 경로당, 어린이집 위탁. All values invented. CC0 1.0.
DOCS = [
{"id": "s12-d05-001", "kind": "membership_form", "text": """○○마을 작은도서관 회원가입 신청서 (어린이)
회원명: [[PERSON:곽서우]]   생년월일: [[BIRTH_DATE:2016년 4월 9일]]   학교/학년: {{org_name:영덕초}} 3학년
보호자: [[PERSON:곽민재]] (부)   휴대폰: [[PHONE_NUMBER:010-6733-0925]]
주소: [[KR_ADDRESS:용인시 기흥구 영덕동 1109, 703동 801호]]
회원번호: {{code:LIB-2025-0147}}  (대출카드 발급 {{date:2025.03.08}})
※ 만 14세 미만은 법정대리인 동의 필요 ☑ 동의함"""},
{"id": "s12-d05-002", "kind": "volunteer_log", "text": """작은도서관 자원봉사 활동 확인서
성명: [[PERSON:방지원]]   소속: {{org_name:경기대학교}} 문헌정보학과   학번: [[STUDENT_ID:202213047]]
생년월일: [[BIRTH_DATE:2003. 11. 18]]
활동기간: {{date:2025.01.06 ~ 2025.02.21}} (주 2회, 총 {{statistic:28시간}})
활동내용: 도서 정리·라벨 작업, 초등 독서교실 보조
연락처: [[PHONE_NUMBER:010-2190-6645]]  이메일: [[EMAIL_ADDRESS:jiwon.bang03@kyonggi.ac.kr]]
확인자: 작은도서관 관장 [[PERSON:여미숙]] (직인)"""},
{"id": "s12-d05-003", "kind": "spreadsheet", "text": """1365 봉사시간 인정 명단 (고등학생, {{date:2025 여름방학}})
학교,학번,성명,생년월일,시간
{{org_name:흥덕고}},[[STUDENT_ID:20315]],[[PERSON:안다인]],[[BIRTH_DATE:2008.05.02]],12
{{org_name:흥덕고}},[[STUDENT_ID:20422]],[[PERSON:석준호]],[[BIRTH_DATE:2008.12.30]],8
{{org_name:기흥고}},[[STUDENT_ID:1-7-09]],[[PERSON:Olivia Kim]],[[BIRTH_DATE:2009.03.15]],10
{{org_name:수원외고}},[[STUDENT_ID:S24-2071]],[[PERSON:음예린]],[[BIRTH_DATE:2009.07.21]],6"""},
{"id": "s12-d05-004", "kind": "member_register", "text": """신나무실 경로당 회원 명부 (2025년도)
번호 | 성명 | 성별 | 생년월일 | 동/호 | 비상연락(자녀)
1 | [[PERSON:전봉수]] | 남 | [[BIRTH_DATE:1938.7.16]] | [[KR_ADDRESS:101-302]] | [[PHONE_NUMBER:010-5120-7784]] (장남)
2 | [[PERSON:길말례]] | 여 | 음)[[BIRTH_DATE:1941.3.3]] | [[KR_ADDRESS:104-1101]] | [[PHONE_NUMBER:031-204-6617]]
3 | [[PERSON:팽순자]] | 여 | [[BIRTH_DATE:'43.12.25]] | [[KR_ADDRESS:102-208]] | [[PHONE_NUMBER:010-8827-5503]]
4 | [[PERSON:최○식]] | 남 | [[BIRTH_DATE:1940.**.**]] | 107-1504 | 본인요청 비공개
※ 회장 [[PERSON:전봉수]], 총무 [[PERSON:길말례]] / 회비 월 {{amount:5,000원}}""".replace("107-1504", "[[KR_ADDRESS:107-1504]]")},
{"id": "s12-d05-005", "kind": "application_form", "text": """경로당 신규 회원 가입 신청서
성  명 : [[PERSON:은복희]]
주민등록번호 : [[KR_RRN:460823-2******]]
주  소 : [[KR_ADDRESS:수원시 영통구 영통로 200번길 33, 신나무실 105동 1408호]]
연락처 : 본인 [[PHONE_NUMBER:031-202-5148]] / 딸 [[PERSON:조현아]] [[PHONE_NUMBER:010-4436-7092]]
건강상 유의사항 : 고혈압, 무릎수술({{date:2022년}})
가입일 : {{date:2025. 2. 17.}}"""},
{"id": "s12-d05-006", "kind": "meeting_minutes", "text": """경로당 월례회의 ({{date:3월 5일}})
- 출석 {{statistic:21명}}. 회장 전봉수 어르신 사회.
- 3월 생신 어르신: [[PERSON:팽순자]] 님([[BIRTH_DATE:음력 2월 14일]]), [[PERSON:구연식]] 님([[BIRTH_DATE:3월 22일]]) → 합동 생신잔치 {{date:3/20}}
- 시 보조금 냉난방비 {{amount:월 35만원}} 입금 확인 (경로당 통장 {{public_account:신협 132-089-552310}})
- 이번 달 식사도우미: [[PERSON:길말례]], [[PERSON:손정애]]
- 총무 한마디: "[[PERSON:봉수]] 회장님 고스톱 그만 치세요 ㅎ"
기록: 총무 길말례""".replace("회장 전봉수 어르신", "회장 [[PERSON:전봉수]] 어르신").replace("기록: 총무 길말례", "기록: 총무 [[PERSON:길말례]]")},
{"id": "s12-d05-007", "kind": "complaint_letter", "text": """경로당 운영 관련 진정
신나무실 경로당 총무 길말례씨가 회비와 보조금을 개인 통장([[BANK_ACCOUNT:새마을금고 9002-1847-3320-6]])에 보관하며 영수증도 없이 쓰고 있습니다. 작년 말 잔액 보고도 없었습니다. 시에서 조사해 주세요.
진정인 [[PERSON:구연식]] ([[BIRTH_DATE:1944년생]]), [[KR_ADDRESS:106동 902호]], 전화 [[PHONE_NUMBER:010-2618-4470]]
{{date:2025.04.01}}""".replace("총무 길말례씨", "총무 [[PERSON:길말례]]씨")},
{"id": "s12-d05-008", "kind": "entrustment_contract", "text": """관리동 어린이집 위탁운영 계약서 (발췌)
갑: 영통신나무실5단지 입주자대표회의 회장 [[PERSON:위동철]]
을: 수탁자 [[PERSON:라소희]] (어린이집 원장, 생년월일 [[BIRTH_DATE:1978.10.03]])
   주소: [[KR_ADDRESS:수원시 영통구 매탄로 17, 118동 2001호]]
   사업자등록번호: [[KR_BRN:124-90-3318?]] (면세 개인사업자)
위탁기간: {{date:2025. 3. 1. ~ 2030. 2. 28.}} (5년)
임대료: 월 {{amount:金 일십만원}} / 보증금 {{amount:1,000만원}} — 을 명의 계좌 [[BANK_ACCOUNT:기업 452-018277-01-014]]에서 관리주체 계좌로 매월 말일 납부
※ 공개경쟁 심사 결과 {{statistic:87.5점}}으로 1순위 선정 (심사일 {{date:2025.01.18}})"""},
{"id": "s12-d05-009", "kind": "enrollment_form", "text": """어린이집 입소 신청서
아동명 [[PERSON:소하윤]] / 성별 여 / 생년월일 [[BIRTH_DATE:2021-06-12]] / 주민번호 [[KR_RRN:210612-4******]]
보호자(모) [[PERSON:Phạm Thị Thu]] 국적 베트남, 외국인등록번호 [[KR_FRN:940207-6218843]]
보호자(부) [[PERSON:소경민]] [[BIRTH_DATE:1986.01.29]] 휴대폰 [[PHONE_NUMBER:010-9552-1083]]
주소 [[KR_ADDRESS:영통구 청명로 55, 114동 303호]]
입소희망일 {{date:2025년 3월 4일}} / 다문화가정 우선순위 해당 ☑"""},
{"id": "s12-d05-010", "kind": "kakao_chat", "text": """[햇살어린이집 햇님반 학부모방]
햇님반 담임 [[PERSON:송가을]]: 어머님들~ {{date:내일(금)}} 생일파티 있어요! 4월 생일 친구는 [[PERSON:하윤]]이([[BIRTH_DATE:4/12]])랑 [[PERSON:도윤]]이([[BIRTH_DATE:4/27]]) 입니다 🎂
[[PERSON:도윤]]맘: 선생님 감사해요~ 떡 보내도 되나요?
햇님반 담임 [[PERSON:송가을]]: 알러지 있는 친구가 있어서 떡은 어려워요ㅠ
[[PERSON:Thu]]: cảm ơn cô 감사합니다"""},
{"id": "s12-d05-011", "kind": "email", "text": """제목: 어린이집 재위탁 심사 관련 이의
보낸이 [[EMAIL_ADDRESS:rainbow.kids.jy@naver.com]] ([[PERSON:진유라]])
입대의 귀중

저는 이번 재위탁 공모에서 2순위가 된 [[PERSON:진유라]]입니다. 심사위원 5명 중 [[PERSON:위동철]] 회장님과 [[PERSON:차지영]] 동대표님이 1순위 수탁자 라소희 원장님과 같은 교회 교인이라는 사실을 확인했습니다. 제척 사유에 해당하는지 검토 바랍니다.
(참고: 제 이전 원 주소 [[KR_ADDRESS:성남시 수정구 위례광장로 10, 상가 2층 204호]] / 폰 [[PHONE_NUMBER:010-3864-2057]])""".replace("수탁자 라소희 원장님", "수탁자 [[PERSON:라소희]] 원장님")},
{"id": "s12-d05-012", "kind": "system_log", "text": """[library-kiosk] 2025/03/14 16:02:11 checkout card={{code:LIB-2025-0147}} member="곽서우" isbn={{code:9788936434120}} due={{date:2025/03/28}} kiosk_ip=[[IP_ADDRESS:172.16.5.20]]
[library-kiosk] 2025/03/14 16:05:40 overdue notice sms to [[PHONE_NUMBER:010-6733-0925]] member_id={{code:LIB-2023-0032}}
[library-kiosk] 2025/03/14 16:05:41 admin login user=lib_admin01 from [[IP_ADDRESS:172.16.5.2]] os={{version:Windows 10.0.19045}}""".replace('member="곽서우"', 'member="[[PERSON:곽서우]]"')},
{"id": "s12-d05-013", "kind": "phone_memo", "text": """{{date:4/8}} 어린이집 원장님([[PERSON:라소희]]) 전화 — 통학차량 기사 교체
신임 기사 [[PERSON:마태수]] ({{statistic:61세}}), 면허 1종 대형 [[KR_DRIVER_LICENSE:12-03-418296-50]], 경력 15년
어린이통학버스 안전교육 이수증 {{date:4/10}}까지 제출 예정
차량 [[KR_CAR_PLATE:경기78자6601]] (어린이보호차량 신고필증 있음)"""},
{"id": "s12-d05-014", "kind": "receipt", "text": """작은도서관 도서 구입 거래명세서
공급자: {{org_name:책마루서점}} 대표 [[PERSON:사공준]] / 등록번호 [[KR_BRN:135-07-5561?]] / [[KR_ADDRESS:수원시 팔달구 정조로 842, 1층]]
공급받는자: 신나무실5단지 작은도서관
일자: {{date:2025-02-27}}
품목: 아동도서 외 {{statistic:64권}} / 합계 {{amount:₩ 812,400}}
결제: 관장 개인카드 [[CREDIT_CARD:4579 7701 2386 115?]] (추후 정산)"""},
{"id": "s12-d05-015", "kind": "notice", "text": """📚 작은도서관 봄학기 프로그램 안내
- 그림책 읽어주기: 매주 토 10시 (강사 [[PERSON:여미숙]] 관장)
- 초등 글쓰기 교실: 화·목 16시 (강사 [[PERSON:한슬기]], 경기대 문헌정보학과)
- 신청: {{date:3/3~3/14}} 도서관 방문 또는 ☎ {{public_number:031-205-7719}}
- 장소: {{room_number:관리동 2층 작은도서관 열람실}}
※ 운영시간 평일 {{time:13:00~19:00}}"""},
{"id": "s12-d05-016", "kind": "incident_report", "text": """어린이집 안전사고 보고서
사고아동: [[PERSON:도윤]] ([[PERSON:탁도윤]], [[BIRTH_DATE:2021.04.27]])
발생일시: {{date:2025. 4. 16. 10:35}} / 장소: 실내 놀이실
경위: 블록놀이 중 친구와 부딪혀 이마 부위 {{statistic:1.5cm}} 찰과상. 담임 [[PERSON:송가을]] 응급처치 후 원장 보고.
보호자 통보: 부 [[PERSON:탁성진]] [[PHONE_NUMBER:010-7105-3359]] {{time:10:50}} 통화
병원: {{org_name:영통연세소아과}} 진료, 특이사항 없음"""},
{"id": "s12-d05-017", "kind": "ocr_form", "text": """노 인 일 자 리  참 여 신 청 서 (경로당 환경정비)
성 명  [[PERSON:손 정 애]]        주민등록번호  [[KR_RRN:490530-2O6l342]]
주 소  [[KR_ADDRESS:수원시 영통구 영통로200번길 33 lO3동 5O6호]]
연락처 [[PHONE_NUMBER:O1O-3l29-884O]]
입금계좌  농협 [[BANK_ACCOUNT:2l7O3l-52-O9l884]]   예금주 손정애
신청일 {{date:2O25.Ol.O9}}""".replace("예금주 손정애", "예금주 [[PERSON:손정애]]")},
{"id": "s12-d05-018", "kind": "sms", "text": """[햇살어린이집] [[PERSON:소하윤]] 어머님, 입소 확정되었습니다. {{date:3/4(화)}} 9시 30분 등원, 준비물: 낮잠이불, 여벌옷 2벌. 원비 결제용 카드(아이행복카드) 뒷자리 [[CREDIT_CARD:**** **** **** 7731]] 등록 완료. 문의 {{public_number:031-273-8812}}"""},
{"id": "s12-d05-019", "kind": "case_note", "text": """사례관리 메모 (동 행정복지센터 맞춤형복지팀)
대상: 경로당 회원 [[PERSON:전봉수]] 어르신, 독거, [[BIRTH_DATE:1938.07.16]]생
의뢰: 작은도서관 관장 [[PERSON:여미숙]] ({{date:5/2}}, 어르신이 최근 경로당 안 나오시고 우편물 쌓임)
{{date:5/3}} 방문: [[KR_ADDRESS:101동 302호]], 탈수 증세 → {{org_name:동수원병원}} 이송, 장남 [[PERSON:전재만]]([[PHONE_NUMBER:010-5120-7784]]) 연락
담당 [[PERSON:양지수]] 주무관"""},
]
