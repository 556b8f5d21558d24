# Writer e, batch 01: school administration (enrolment, scholarships, dormitories,
# student councils, parents' messages). All values invented. CC0 1.0.

DOCS = [
{"id": "s4-e01-001", "kind": "school_form", "text": """전 입 학 신 청 서

학생 성명 : [[PERSON:한서윤]]   (남·여)   생년월일 : [[BIRTH_DATE:2015. 07. 22]]
전 소속교 : {{org_name:부산해강초등학교}} 3학년
현 주 소 : [[KR_ADDRESS:경기도 수원시 영통구 매영로 310번길 27, 112동 1504호]]
보호자 성명 : [[PERSON:한정우]] (관계: 부)   연락처 : [[PHONE_NUMBER:010-4172-8830]]
전입 희망일 : {{date:2024. 9. 2.}}

위와 같이 전입학을 신청합니다.
{{date:2024년 8월 26일}}
신청인(보호자) [[PERSON:한정우]] (서명)
{{org_name:수원매탄초등학교장}} 귀하"""},

{"id": "s4-e01-002", "kind": "parent_message", "text": """선생님 안녕하세요~ [[PERSON:도윤]]이 엄마예요ㅎㅎ
오늘 [[PERSON:도윤]]이가 아침부터 열이 38도 넘어서 병원 들렀다가 3교시쯤 등교시킬게요.
혹시 급한일 있으시면 제 번호 말고 아빠 번호로 연락주세요 [[PHONE_NUMBER:010 9931 2047]] 입니다
늘 감사합니다^^"""},

{"id": "s4-e01-003", "kind": "scholarship_list", "text": """[공고] {{date:2024학년도 2학기}} 성적우수장학생 선발 결과

연번 | 학번 | 성명 | 학과 | 장학금액
1 | [[STUDENT_ID:202131047]] | [[PERSON:김○진]] | 행정학과 | {{amount:1,850,000원}}
2 | [[STUDENT_ID:202233512]] | [[PERSON:박*은]] | 사회복지학과 | {{amount:1,200,000원}}
3 | [[STUDENT_ID:202320088]] | [[PERSON:이OO]] | 유아교육과 | {{amount:1,200,000원}}
4 | [[STUDENT_ID:201941190]] | [[PERSON:Tran Minh Khoa]] | 경영학과 | {{amount:900,000원}}

※ 이의신청 기간: {{date:11. 4.(월)}} ~ {{date:11. 8.(금)}} 학생지원팀 ☎ {{public_number:031-8005-2141}}
※ 개인정보 보호를 위해 성명 일부를 가렸습니다."""},

{"id": "s4-e01-004", "kind": "dormitory_application", "text": """2025학년도 1학기 생활관(기숙사) 입사 신청서
-----------------------------------------
학번: [[STUDENT_ID:2024-31752]]        성명: [[PERSON:오채린]] ([[PERSON:吳採璘]])
생년월일: [[BIRTH_DATE:05.11.03]]       성별: 여
본인 휴대전화: [[PHONE_NUMBER:010.2285.6619]]
보호자: [[PERSON:오상철]] / [[PHONE_NUMBER:010-7740-3352]]
주소(본가): [[KR_ADDRESS:전라남도 순천시 연향번영길 41-7 (연향동)]]
희망 호실: {{room_number:B동 417호}} (2인실)
신청일: {{date:2025-01-13 14:22}}
※ 원거리 통학생 가점 대상(본가 ↔ 학교 {{statistic:285km}})"""},

{"id": "s4-e01-005", "kind": "election_notice", "text": """제37대 총학생회장단 선거 후보자 등록 공고

기호 1번  회장 후보 [[PERSON:정민호]] (경제학과 19학번)  부회장 후보 [[PERSON:서유나]] (간호학과)
기호 2번  회장 후보 [[PERSON:남궁 현]] (컴퓨터공학과)   부회장 후보 [[PERSON:Abdullah Karimov]] (국제통상학과)

○ 합동유세: {{date:11월 19일(화)}} {{time:12:30}} {{place_name:학생회관 앞 광장}}
○ 투표 기간: {{date:11. 26. ~ 11. 28.}}
○ 문의: 중앙선거관리위원회 {{public_email:election@stu.hanbit.ac.kr}}

{{date:2024. 11. 11.}}
제37대 총학생회 중앙선거관리위원장 [[PERSON:유재혁]]"""},

{"id": "s4-e01-006", "kind": "school_letter", "text": """가 정 통 신 문
{{document_number:제2024-118호}}                                 {{org_name:용인신봉중학교}} (☎ {{public_number:031-263-7700}})

학부모님 안녕하십니까?
{{date:2024학년도}} 2학기 학부모 상담주간을 아래와 같이 운영합니다.
 - 기간: {{date:2024. 10. 14.(월) ~ 10. 18.(금)}}
 - 방법: 대면, 전화, 온라인(하이클래스)
담임교사와 시간을 정하신 뒤 회신서를 제출해 주십시오.

--------------------- 절 취 선 ---------------------
2학년 (  5 )반 (  21 )번  학생명: [[PERSON:최윤서]]
보호자명: [[PERSON:이미경]]  연락처: [[PHONE_NUMBER:010-6203-1148]]
희망 일시: 10/16 오후 4시 이후"""},

{"id": "s4-e01-007", "kind": "absence_report", "text": """결 석 계

1학년 3반 17번 [[PERSON:강지후]] ([[BIRTH_DATE:2010년 2월 9일]]생)
위 학생은 {{date:2024.5.7}}~{{date:2024.5.8}}(2일간) 장염으로 인하여 결석하였기에 진단서를 첨부하여 결석계를 제출합니다.

{{date:2024년 5월 9일}}
보호자 [[PERSON:강 성 훈]] (인)
담임 [[PERSON:노은정]] 선생님 귀하"""},

{"id": "s4-e01-008", "kind": "email", "text": """보낸사람: 교무기획부 <{{public_email:gyomu@sbhs.hs.kr}}>
받는사람: "[[PERSON:Yoon Ji-a]]" <[[EMAIL_ADDRESS:jia.yoon0718@gmail.com]]>
날짜: {{date:2024년 3월 4일 (월) 오전 9:41}}
제목: [수빈고] 해외 귀국학생 편입학 서류 보완 요청

[[PERSON:윤지아]] 학생 보호자님께,
제출하신 서류 중 재학증명서(영문)의 학생 생년월일([[BIRTH_DATE:2008/07/18]])과 여권상 생년월일이 다르게 기재되어 있습니다.
여권 사본(번호 [[KR_PASSPORT:M704K2195]])을 다시 확인하시어 {{date:3월 8일}}까지 회신 부탁드립니다.

교무기획부 [[PERSON:임수정]] 드림 (직통 [[PHONE_NUMBER:031-8036-4412]])"""},

{"id": "s4-e01-009", "kind": "scholarship_account", "text": """장학금 지급계좌 신고서

성명 [[PERSON:배하람]]  학번 [[STUDENT_ID:C221054]]  학과 건축공학과
주민등록번호 [[KR_RRN:030517-4******]]
은행명 : 카카오뱅크    예금주 : [[PERSON:배하람]]
계좌번호 : [[BANK_ACCOUNT:3333-12-8840372]]
연락처 : [[PHONE_NUMBER:01038842519]]

※ 반드시 본인 명의 계좌로 신고 (가족 명의 불가)
※ 등록금 반환금 입금 계좌는 {{public_account:농협 301-0123-4567-81 (예금주: 한빛대학교)}}와 다릅니다."""},

{"id": "s4-e01-010", "kind": "counseling_record", "text": """[학부모 상담 기록부]
일시: {{date:2024.06.12.}} 15:30~16:10  장소: {{room_number:2층 Wee클래스}}
대상: 4-1 [[PERSON:문세아]] 모 [[PERSON:장현주]]
내용: 교우관계 어려움 호소. 같은 반 [[PERSON:ㅈㅇㅈ]](가명 처리) 학생과 갈등. 어머니께서 [[PERSON:세아]]가 최근 학교 가기 싫다는 말을 자주 한다고 함.
조치: 학급 내 자리 재배치, 2주 후 재상담 예정({{date:6/26}})
상담교사: [[PERSON:권 나 래]]"""},

{"id": "s4-e01-011", "kind": "afterschool_application", "text": """2024 여름방학 방과후학교 수강신청서

학년/반/번호: 5-2-08   이름: [[PERSON:선우진]]
강좌: 로봇코딩(A반) / 창의미술
수강료: {{amount:96,000원}} (스쿨뱅킹 자동이체)
보호자 연락처: 母 [[PHONE_NUMBER:010-5１３7-22０9]]
알레르기/특이사항: 땅콩 알레르기 있음

신청일 {{date:'24. 7. 1}} / 보호자 [[PERSON:김소연]] 서명"""},

{"id": "s4-e01-012", "kind": "sms", "text": """[Web발신]
[청명초] 3-2 [[PERSON:김하린]] 학생이 {{time:08:52}} 등교하였습니다. 문의 {{public_number:031-206-5514}}"""},

{"id": "s4-e01-013", "kind": "certificate_request", "text": """졸업증명서 발급 신청(우편)
- 성명: [[PERSON:황보 석진]] / [[PERSON:黃甫錫鎭]]
- 주민번호: [[KR_RRN:7811021******]]
- 졸업연도: {{date:1997년 2월}} 졸업 (제42회)
- 수령주소: [[KR_ADDRESS:경기 성남시 분당구 정자일로 95 , 상록마을 우성아파트 303-1102]]
- 연락처: [[PHONE_NUMBER:(031)717-4086]] (자택)
- 용도: 해외 취업비자 제출
- 발급부수: 국문 1, 영문 2"""},

{"id": "s4-e01-014", "kind": "foreign_student", "text": """외국인 유학생 입학허가 대상자 명단 (교육부 보고용)

No.	성명(여권상)	국적	생년월일	여권번호	외국인등록번호
1	[[PERSON:NGUYEN THI THANH HUONG]]	베트남	[[BIRTH_DATE:2003-04-12]]	[[KR_PASSPORT:C6620481]]	[[KR_FRN:030412-8221584]]
2	[[PERSON:BATBAYAR ENKHJIN]]	몽골	[[BIRTH_DATE:2002-12-01]]	[[KR_PASSPORT:E1928374]]	(신청중)
3	[[PERSON:LI XIAOWEN]]	중국	[[BIRTH_DATE:2004-08-27]]	[[KR_PASSPORT:EB4417203]]	[[KR_FRN:040827-8016335]]

담당: 국제교류팀 [[PERSON:한수빈]]  작성일 {{date:2024.02.20}}
※ 여권번호 기재 형식 예: {{code:M12345678}}"""},

{"id": "s4-e01-015", "kind": "leave_of_absence", "text": """휴학원

학번 [[STUDENT_ID:20201587]]   성명 [[PERSON:조은우]]
휴학종류: 군휴학 (입영일자 {{date:2025.03.10}}, 육군)
휴학기간: {{date:2025-1학기}} ~ {{date:2026-2학기}}
본인 연락처 [[PHONE_NUMBER:010-2207-9534]] / 이메일 [[EMAIL_ADDRESS:eunwoo_cho@naver.com]]
※ 입영통지서 사본 첨부. 복학은 전역 후 {{date:2027학년도 1학기}}"""},

{"id": "s4-e01-016", "kind": "parents_committee", "text": """2024 학교운영위원회 학부모위원 명단

구분,성명,자녀 학년반,연락처,비고
위원장,[[PERSON:박경아]],6-1,[[PHONE_NUMBER:010-3318-4480]],
부위원장,[[PERSON:추민석]],4-3,[[PHONE_NUMBER:010-9106-5571]],지역위원 겸임
위원,[[PERSON:Sato Yumi]],2-2,[[PHONE_NUMBER:010-4455-7012]],다문화가정
위원,[[PERSON:제갈윤희]],5-4,[[PHONE_NUMBER:010-6170-****]],
간사,[[PERSON:우태경]](교무부장),-,{{public_number:내선 214}},"""},

{"id": "s4-e01-017", "kind": "school_bus", "text": """통학차량 신고 사항 변경 안내

차량번호: [[KR_CAR_PLATE:경기78자 4031]] → [[KR_CAR_PLATE:148허2276]] (대차)
운전자: [[PERSON:백승호]] (운전면허 [[KR_DRIVER_LICENSE:경기 92-184523-11]], 1종 대형)
동승보호자: [[PERSON:김미란]]
변경일: {{date:2024. 4. 15.}}
운행노선: {{place_name:동백역}} → {{place_name:어정중학교}} ({{statistic:총 22명 탑승}})"""},

{"id": "s4-e01-018", "kind": "transfer_notice", "text": """[[PERSON:지민]]아 전학 가서도 잘 지내 ㅠㅠ 새 주소 [[KR_ADDRESS:대구 수성구 범어천로 167, 205동 803호]]로 편지 보낼게!! 생일 [[BIRTH_DATE:12월 3일]] 꼭 기억할게ㅎㅎ
- 6학년 2반 [[PERSON:하윤]]이가"""},
]
