# Writer j, batch 02: missing persons and lost children, CCTV viewing requests, traffic enforcement. CC0 1.0. All invented.
DOCS = [
{"id": "s6-j02-001", "kind": "missing_poster", "text": """★ 사람을 찾습니다 ★

[[PERSON:조윤서]] (여, 당시 7세)
생년월일: [[BIRTH_DATE:2017년 4월 2일]]
실종일: {{date:2024년 9월 14일}} 오후 3시경
실종장소: 용인 에버랜드 정문 앞 주차장
키 118cm / 분홍색 원피스, 노란 크록스
연락주실 곳: 아빠 [[PHONE_NUMBER:010-6642-0915]] / 엄마 [[PHONE_NUMBER:010-2077-3384]] / 경찰 {{public_number:182}}
작은 제보라도 큰 힘이 됩니다."""},

{"id": "s6-j02-002", "kind": "announcement", "text": """(매장 안내방송 원고) 고객 여러분께 미아를 찾는 안내 말씀 드립니다. 흰색 반팔에 파란 반바지를 입은 다섯살 남자 어린이 [[PERSON:김도하]] 어린이를 찾고 있습니다. [[PERSON:도하]] 어린이를 보신 분이나, [[PERSON:도하]] 어린이는 가까운 직원에게 말씀해 주시기 바랍니다. 보호자 [[PERSON:김선영]] 고객님께서 1층 고객센터에서 기다리고 계십니다."""},

{"id": "s6-j02-003", "kind": "form", "text": """아동등 지문 사전등록 신청서 (보호자 작성)

아동 성명 : [[PERSON:라해온]]        성별 : 남
생년월일 : [[BIRTH_DATE:2019 . 11 . 08]]
주민등록번호 : [[KR_RRN:191108-4******]]
주소 : [[KR_ADDRESS:경기도 수원시 영통구 광교중앙로 145 광교아이파크 B동 3302호]]
보호자 : [[PERSON:라준형]] (관계: 부)  [[PHONE_NUMBER:010-3158-7744]]
보호자 생년월일 : [[BIRTH_DATE:1986.05.20]]
신체특징 : 왼쪽 귀 뒤 점
신청일 : {{date:2024. 10. 2.}}     접수처 : {{org_name:영통지구대}}"""},

{"id": "s6-j02-004", "kind": "dispatch_log", "text": """[치매노인 배회 실종 접수]
{{date:2024.11.03}} 06:50 접수 / 코드1
대상: [[PERSON:엄복순]] 할머니, [[BIRTH_DATE:38년 3월]]생 (정확히는 [[BIRTH_DATE:1938.03.12]]), 치매 3등급
거주: [[KR_ADDRESS:성남시 수정구 태평동 7331 2층]]
배회감지기 착용 X. 새벽 5시경 집나감 추정
신고: 며느리 [[PERSON:곽은주]] [[PHONE_NUMBER:010 7220 4813]]
비고: {{date:10월 28일}}에도 1회 실종 이력 (수진역 인근 발견)"""},

{"id": "s6-j02-005", "kind": "cctv_request", "text": """영상정보 열람·존재확인 청구서

청구인 성명: [[PERSON:하승우]]   생년월일: [[BIRTH_DATE:900314]]
주소: [[KR_ADDRESS:용인시 처인구 금학로 225-7 (김량장동)]]
전화: [[PHONE_NUMBER:031-335-1092]] (자택) / [[PHONE_NUMBER:010-5514-8863]]
열람 대상 카메라: {{code:YI-CH-0447}} (처인구 {{place_name:금학로}} 용인중앙시장 입구)
영상 일시: {{date:2024. 7. 21. 13:00 ~ 14:00}}
청구 사유: 본인 차량([[KR_CAR_PLATE:62로3319]]) 문콕 가해차량 확인
청구일: {{date:2024. 7. 23.}}"""},

{"id": "s6-j02-006", "kind": "cctv_request", "text": """수신: 수원시 도시안전통합센터
제목: CCTV 영상 반출 협조 요청

1. 귀 기관의 무궁한 발전을 기원합니다.
2. 우리 서에서 수사중인 절도 사건({{case_number:2024-002871}})과 관련하여 아래와 같이 CCTV 영상 반출을 요청하오니 협조 바랍니다.
  가. 장소: [[KR_ADDRESS:수원시 장안구 경수대로 1007]] 앞 교차로 (카메라 {{code:SW-JA-1192}})
  나. 일시: {{date:2024.08.02.(금) 01:30~03:00}}
  다. 피의자 추정 인물: [[PERSON:피태준]] ([[BIRTH_DATE:1999]]년생)
3. 담당: 형사팀 경장 [[PERSON:노수아]] ({{public_number:031-8012-2345}}, 내선 {{public_number:4217}})
                       {{org_name:수원중부경찰서장}}"""},

{"id": "s6-j02-007", "kind": "traffic_appeal", "text": """의견진술서

위반차량 : [[KR_CAR_PLATE:231무 5520]]
소유자 : [[PERSON:서지안]]  (법인 아님)
위반일시 : {{date:'24.6.11. 08:42}}
위반장소 : 성남시 분당구 판교역로 (판교역 1번출구 앞)
진술내용 : 당일 아이가 갑자기 고열이 나서 {{org_name:판교서울소아과}}에 급히 들렀습니다. 정차 시간은 5분 미만이었고 진료확인서를 첨부합니다. 선처 부탁드립니다.
연락처 : [[PHONE_NUMBER:O1O-4923-7706]]
주소 : [[KR_ADDRESS:분당구 운중로 188 판교원마을7단지 705동 501호]]"""},

{"id": "s6-j02-008", "kind": "notice", "text": """과태료 부과 사전통지서

차량번호\t[[KR_CAR_PLATE:경기 30 바 8841]]
성명\t[[PERSON:우정훈]] 귀하
주소\t[[KR_ADDRESS:(16950) 경기 용인시 기흥구 신갈로58번길 11-4, 202호]]
위반내용\t주정차위반(소화전 5m 이내)
위반일시\t{{date:2024-09-03 19:12}}
과태료\t{{amount:80,000원}} (사전납부시 20% 감경 {{amount:64,000원}})
의견제출기한\t{{date:2024-10-07}}
납부계좌\t{{public_account:기업은행 498-012345-01-017}} (예금주 용인시)
통지서번호\t{{document_number:2024-기흥-0091232}}"""},

{"id": "s6-j02-009", "kind": "refund_request", "text": """과오납금 환급 청구서
청구인 [[PERSON:추민아]] / 주민등록번호 [[KR_RRN:781230-2049 71?]]
환급사유: 동일 위반건 이중납부 ({{date:2024.03.04}}, {{date:2024.03.05}} 각 {{amount:40,000원}})
환급받을 계좌: 국민은행 [[BANK_ACCOUNT:657801-01-338214]] 예금주 [[PERSON:추민아]]
연락처: [[PHONE_NUMBER:010-8847-1200]]"""},

{"id": "s6-j02-010", "kind": "web_log", "text": """[온라인 민원 접수로그]
2024-10-14T10:22:31+09:00 INFO submit id={{receipt_number:2AA-2410-0003127}} user=guest ip=[[IP_ADDRESS:121.134.58.207]] ua=Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/{{version:129.0.6668.90}}
  name="[[PERSON:여채원]]" tel="[[PHONE_NUMBER:010-6621-0095]]" email="[[EMAIL_ADDRESS:cw_yeo92@naver.com]]"
  title="스쿨존 불법주정차 상습 차량 단속요청"
2024-10-14T10:22:32+09:00 INFO mail sent to {{public_email:noreply@suwon.go.kr}}"""},

{"id": "s6-j02-011", "kind": "chat", "text": """[카톡 대화 캡처, 동네 맘카페 공유]
광교새댁: 혹시 광교호수공원에서 빨간모자 쓴 남자애 보신분ㅠㅠ 우리 [[PERSON:준서]]가 안보여요
광교새댁: 6살이고 이름 [[PERSON:박준서]]예요 제번호 [[PHONE_NUMBER:010ㅡ9928ㅡ3041]]
호수맘: 지금 원천동 쪽 산책로에 경찰분들 있어요 거기 가보세요
광교새댁: 찾았어요!!!! 다들 감사합니다 ㅠㅠ"""},

{"id": "s6-j02-012", "kind": "police_report", "text": """발견 및 인계 보고
{{date:2024. 5. 5.}} 어린이날 행사 중 {{place_name:수원종합운동장}} 보조경기장 앞에서 울고있는 여아 발견.
아동 진술: 이름은 [[PERSON:강하린]], "엄마 이름은 [[PERSON:이은정]]", 나이는 네살.
보호자 확인: 모 [[PERSON:이은정]]([[BIRTH_DATE:1989. 10. 4]]생) 신분증 대조, 아동 생일 [[BIRTH_DATE:2020. 2. 16.]] 본인 진술과 일치.
인계시각 15:42. 작성 순경 [[PERSON:연지성]]"""},

{"id": "s6-j02-013", "kind": "complaint", "text": """제목: 단속카메라 설치 요청 (신갈오거리)

저는 기흥구 신갈동 주민 [[PERSON:봉재석]]입니다. 신갈오거리에서 {{place_name:수원신갈IC}} 방향으로 가는 구간에 신호위반이 너무 많습니다. 지난주에도 오토바이와 보행자 사고를 직접 봤습니다. 무인단속 카메라를 꼭 설치해 주세요.
회신은 문자로 주세요 [[PHONE_NUMBER:010-3371-6628]]
(참고로 저희 집은 [[KR_ADDRESS:신갈동 55-31번지 현대빌라 나동 201호]]라서 매일 봅니다)"""},

{"id": "s6-j02-014", "kind": "traffic_appeal", "text": """To 용인시청 교통지도과
I received a parking fine notice for car [[KR_CAR_PLATE:123하 4567]] (rental car). I am [[PERSON:Maria Santos]], a foreign resident, ARC no. [[KR_FRN:880402-6231907]], passport [[KR_PASSPORT:P4419023A]]. The car was rented from {{org_name:롯데렌터카 기흥지점}} and the rental contract number is {{reservation_number:LR-2408-55120}}. Please transfer the fine to the driver. My email: [[EMAIL_ADDRESS:maria.santos.kr@outlook.com]]"""},

{"id": "s6-j02-015", "kind": "memo", "text": """실종아동 수색 결과 공유 ({{date:2024-08-18}})
- 대상: [[PERSON:유시우]](9) / [[BIRTH_DATE:150703]]
- 21:10 실종신고 접수, 21:40 [[KR_ADDRESS:수원시 권선구 곡반정동 511-2]] 놀이터 CCTV에서 마지막 포착
- 22:55 친구 [[PERSON:채건우]]네 집에서 발견 (친구 부모 [[PERSON:채상진]] 연락 받음)
- 보호자 부 [[PERSON:유경민]] 인계, 종결"""},

{"id": "s6-j02-016", "kind": "notice", "text": """[문자] 용인시 교통정보센터
주정차 단속 사전알림 서비스 가입이 완료되었습니다.
등록차량: [[KR_CAR_PLATE:12마3904]]
가입자: [[PERSON:표○진]]
알림번호: [[PHONE_NUMBER:010-58**-19**]]
해지: {{public_number:1577-0021}}"""},

{"id": "s6-j02-017", "kind": "cctv_request", "text": """CCTV 열람 신청 관련 처리 대장 (발췌)
연번|신청일|신청인|생년월일|목적|결과
41|{{date:07.01}}|[[PERSON:어진혁]]|[[BIRTH_DATE:72.01.25]]|차량 파손|열람허용
42|{{date:07.01}}|[[PERSON:탁세린]]|[[BIRTH_DATE:01.12.09]]|분실(가방)|보존기간 경과
43|{{date:07.03}}|[[PERSON:마동규]]|[[BIRTH_DATE:1966-08-30]]|폭행|수사기관 통해 신청 안내
44|{{date:07.04}}|[[PERSON:黃仁浩]]|[[BIRTH_DATE:1954.4.4]]|교통사고|열람허용
※ 보존기간 30일"""},

{"id": "s6-j02-018", "kind": "police_report", "text": """무면허운전 적발보고
피의자 [[PERSON:길서진]](남, [[BIRTH_DATE:2006. 9. 1]]생, 고3)은 {{date:2024. 10. 19.}} 22:10경 용인시 수지구 풍덕천동 수지구청역 사거리에서 모친 [[PERSON:방혜숙]] 명의 차량 [[KR_CAR_PLATE:71어 0932]]을 무면허로 운전하다 음주단속 중 적발됨. 학교({{org_name:풍덕고}}) 학생번호 [[STUDENT_ID:30822]]. 보호자 연락 [[PHONE_NUMBER:010-4030-5512]]."""},
]
