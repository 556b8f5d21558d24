# Writer r, batch 04: elderly care visits, hospice. All invented. CC0 1.0.
DOCS = [
{"id": "s8-r04-001", "kind": "visit_log", "text": """노인맞춤돌봄서비스 방문일지
생활지원사: [[PERSON:하정임]] (수행기관 {{org_name:수원시영통노인복지관}})
방문일시: {{date:2024.01.16(화) 14:00~15:30}}
대상자: [[PERSON:조판례]] / [[BIRTH_DATE:1936.11.02]] / [[KR_ADDRESS:수원시 영통구 봉영로 1517번길 26, 1층 뒷집]]
내용: 보일러 고장 → 관리소 연락함. 약 복용 확인. 아들([[PERSON:조영민]], [[PHONE_NUMBER:010-4890-1175]])과 통화, 주말 방문 예정이라 함."""},

{"id": "s8-r04-002", "kind": "hospice_note", "text": """가정형 호스피스 초기평가
환자: [[PERSON:염상호]] M/74 ([[BIRTH_DATE:1950-02-09]]), 폐암 4기, PPS {{statistic:40%}}
주보호자: 배우자 [[PERSON:주경옥]] ([[PHONE_NUMBER:010-7723-0952]]), 딸 [[PERSON:염수진]] 캐나다 거주(카톡으로 연락)
거주: [[KR_ADDRESS:성남시 분당구 내정로 55, 파크타운 대림아파트 113동 401호]] 엘리베이터 있음
연명의료계획서 작성 {{date:2024.09.02}}, 사전의료의향서 등록번호 {{document_number:AD-2024-0091173}}
담당 간호사 [[PERSON:김가윤]], 사회복지사 [[PERSON:우태경]]"""},

{"id": "s8-r04-003", "kind": "table", "text": """독거노인 안부확인 명단 ({{date:12월 3주차}})
성명\t출생\t주소\t전화\t확인
[[PERSON:박분이]]\t[[BIRTH_DATE:1931]]\t[[KR_ADDRESS:용인시 처인구 백암면 백암로 201-14]]\t[[PHONE_NUMBER:031-332-0718]]\tO
[[PERSON:서말녀]]\t[[BIRTH_DATE:1940]]\t[[KR_ADDRESS:용인시 처인구 양지면 양지로 112, 양지빌라 나동 201호]]\t[[PHONE_NUMBER:010-3012-6654]]\t부재(2회)
[[PERSON:Kim Boksoon]]\t[[BIRTH_DATE:1945]]\t[[KR_ADDRESS:용인시 처인구 모현읍 외대로 54번길 8]]\t[[PHONE_NUMBER:031-337-2281]]\tO"""},

{"id": "s8-r04-004", "kind": "chat_export", "text": """[[PERSON:염수진]] (캐나다): 간호사님 아빠 오늘 어떠셨어요? 제가 시차 때문에 통화가 어려워서요ㅠ
[[PERSON:김가윤]] 간호사: 오늘 통증 조절 잘 되셨어요. 식사는 미음 반 공기 정도 드셨습니다.
[[PERSON:염수진]] (캐나다): 다행이에요. 저 {{date:11월 2일}} 토론토에서 출발해요. 여권 [[KR_PASSPORT:M70219485]] 로 항공권 예약했고 도착하면 바로 갈게요
[[PERSON:김가윤]] 간호사: 네 어머님께도 전해드릴게요."""},

{"id": "s8-r04-005", "kind": "call_transcript", "text": """요양보호사: 여보세요, 장기요양센터죠? 저 [[PERSON:문혜숙]]인데요, 오늘 [[PERSON:탁순자]] 어르신 댁에 갔는데 문을 안 여세요.
센터: 어르신 주소가… [[KR_ADDRESS:성남시 수정구 산성대로 382번길 19, 지하 1층]] 맞죠?
요양보호사: 네 반지하요. 전화도 안 받으시고요. 따님 번호 있어요?
센터: [[PHONE_NUMBER:010-5218-3407]]요. 안 되면 {{public_number:112}}에 신고하세요. 지금 시간 {{time:오전 9시 50분}} 기록해 둘게요."""},

{"id": "s8-r04-006", "kind": "ocr_form", "text": """장기요양인정 신청서
신청인 성 명 [[PERSON:양 재 복]]   주민등록번호 [[KR_RRN:380707-1******]]
주 소 [[KR_ADDRESS:경기 수원시 팔달구 창룡대로 80번길 12-5]]
대리인 성 명 [[PERSON:양 미 경]] (관계: 녀)  전화 [[PHONE_NUMBER:010-8l33-2O94]]
신청일 {{date:2024년 O5월 2O일}}"""},

{"id": "s8-r04-007", "kind": "short_memo", "text": """[[PERSON:순자]] 할머니 오늘 병원 동행함. 다음 진료 {{date:6/30}}. 요양보호사 [[PERSON:미숙]]샘 대체근무."""},

{"id": "s8-r04-008", "kind": "hospice_note", "text": """임종 기록
환자 [[PERSON:배동춘]]([[BIRTH_DATE:1942. 8. 15.]]생) {{date:2024. 11. 9. 03:42}} 임종. 임종 시 배우자 [[PERSON:이귀순]], 장남 [[PERSON:배성호]] 임석.
사망진단서 발급 의사 [[PERSON:오준석]]. 장례식장 {{org_name:분당서울대병원 장례식장}} {{room_number:3호실}}.
유족 상담(사별가족 프로그램) 동의: 장남 [[PHONE_NUMBER:010-9275-4410]], [[EMAIL_ADDRESS:bsh7041@hanmail.net]]"""},

{"id": "s8-r04-009", "kind": "letter_from_abroad", "text": """Dear Social Worker,

My name is [[PERSON:David Park]] ([[PERSON:박대현]]). I live in Sydney. My grandmother [[PERSON:Park Jeong-ok]], born [[BIRTH_DATE:3 March 1935]], lives alone at [[KR_ADDRESS:102-1104, 14 Maeyeong-ro 310beon-gil, Yeongtong-gu, Suwon-si]]. Could your elderly care program visit her more often? My mother's Korean mobile is [[PHONE_NUMBER:+82 10-2783-4519]]. My email: [[EMAIL_ADDRESS:dpark.syd@gmail.com]].
Regards, David ({{date:14 Feb 2024}})"""},

{"id": "s8-r04-010", "kind": "table", "text": """요양보호사 배정표 ({{org_name:㈜늘봄재가센터}})
사번|이름|차량|담당 수급자|수급자 생년
[[EMPLOYEE_ID:NB-0118]]|[[PERSON:윤영순]]|[[KR_CAR_PLATE:47도 2230]]|[[PERSON:최금례]]|[[BIRTH_DATE:1939.05]]
[[EMPLOYEE_ID:NB-0125]]|[[PERSON:Kanat Sultanov]]|-|[[PERSON:나봉출]]|[[BIRTH_DATE:1944.12]]
[[EMPLOYEE_ID:NB-0131]]|[[PERSON:제갈민정]]|[[KR_CAR_PLATE:155서 3069]]|[[PERSON:한복녀]]|[[BIRTH_DATE:1933.01]]"""},

{"id": "s8-r04-011", "kind": "case_note", "text": """응급안전안심서비스 알림 대응
{{date:2024-08-14 11:20}} 활동미감지 24h 알림. 대상 [[PERSON:구상철]]([[BIRTH_DATE:41]]년생) [[KR_ADDRESS:용인시 기흥구 신갈로 58번길 11-3, 202호]].
응급관리요원 [[PERSON:지수현]] 현장 출동, 대상자 거실에서 탈수 상태 발견 → {{public_number:119}} 이송({{org_name:용인세브란스병원}}).
게이트웨이 장비 IP [[IP_ADDRESS:192.168.0.37]] 통신 정상, 펌웨어 {{version:v2.4.11}}."""},

{"id": "s8-r04-012", "kind": "email", "text": """제목: [호스피스 자원봉사 신청] [[PERSON:유채원]]
안녕하세요. {{org_name:가톨릭대학교}} 간호학과 3학년 [[PERSON:유채원]] (학번 [[STUDENT_ID:202213045]])입니다. 호스피스 자원봉사 교육을 {{date:1월 8일}}부터 받고 싶습니다.
생년월일 [[BIRTH_DATE:2003년 7월 22일]], 연락처 [[PHONE_NUMBER:010-6127-8830]], 주소 [[KR_ADDRESS:수원시 장안구 경수대로 1079, 3층 305호]]입니다."""},

{"id": "s8-r04-013", "kind": "system_log", "text": """ltc-portal access {{date:2024-03-04 08:59:01}} user=[[EMPLOYEE_ID:C2021-4471]] src=[[IP_ADDRESS:121.134.77.19]] action=VIEW_RECIPIENT rid={{code:L1907733412}}
ltc-portal access {{date:2024-03-04 08:59:30}} user=[[EMPLOYEE_ID:C2021-4471]] src=[[IP_ADDRESS:121.134.77.19]] action=PRINT name=[[PERSON:엄기순]] grade=3 dob=[[BIRTH_DATE:1938-10-01]]"""},

{"id": "s8-r04-014", "kind": "complaint", "text": """민원 내용: 저희 어머니 [[PERSON:곽영애]]([[BIRTH_DATE:1947년 3월]]생) 돌봄서비스 담당 선생님이 계속 바뀝니다. 석 달에 세 번 바뀌었어요. 어머니는 [[KR_ADDRESS:성남시 중원구 금광동 2656 금광 래미안 1단지 106동 903호]]에 사시고 치매 초기입니다. 담당 바뀔 때마다 불안해하세요. 민원인 [[PERSON:곽진호]] [[PHONE_NUMBER:010.4458.2016]]
접수 {{date:2024.04.22}} / 처리기한 {{date:2024.05.07}}"""},

{"id": "s8-r04-015", "kind": "visit_log", "text": """방문간호 기록지 — {{date:'24.10.07}}
[[PERSON:Liudmila Kim]] (고려인, 등록번호 [[KR_FRN:520317-6071245]]) 혈압 152/94, 혈당 {{statistic:186}}. 통역: 손녀 [[PERSON:Anastasia]] 
다음 방문 {{date:'24.10.21}} / 주소 [[KR_ADDRESS:수원시 팔달구 세지로 350, 2층 좌측]]"""},

{"id": "s8-r04-016", "kind": "form", "text": """호스피스 병동 입원 약정서
환자 [[PERSON:석민호]]  생년월일 [[BIRTH_DATE:610925]]
보호자 [[PERSON:석지원]] (자) 운전면허번호 [[KR_DRIVER_LICENSE:11-94-027731-30]] (신분확인용)
보증금 환불계좌 국민 [[BANK_ACCOUNT:632401-01-553120]]
약정일 {{date:2024-12-02}}"""},
]
