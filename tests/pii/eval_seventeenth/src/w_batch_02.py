# Writer w, batch 02: 불법투기·불법주정차 신고 (사진 설명 포함), 안전신문고, 재난 관련 행정.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s17-w02-001", "kind": "complaint", "text": """[안전신문고] 불법주정차 신고
신고유형: 소화전 5m 이내 주정차
발생지역: [[KR_ADDRESS:경기도 수원시 장안구 조원로 18번길 23]] 앞
차량번호: [[KR_CAR_PLATE:12가3456]]
사진1: {{date:2025-10-14}} {{time:08:12:07}} 촬영 - 흰색 SUV가 소화전 바로 앞 정차, 번호판 식별 가능
사진2: {{date:2025-10-14}} {{time:08:13:15}} 촬영 - 동일 차량 동일 위치(1분 이상 경과)
신고내용: 매일 아침 같은 차가 여기 세웁니다. 소방차 못 들어와요.
신고자: [[PERSON:노*진]] / [[PHONE_NUMBER:010-****-7731]]"""},

{"id": "s17-w02-002", "kind": "system_export", "text": """단속결과_내보내기_20251015.txt
처리번호|신고일시|차량번호|위반장소|신고자|신고자연락처|접속IP|결과
{{case_number:SN-251015-0091}}|{{date:2025-10-15 07:44}}|[[KR_CAR_PLATE:서울 34 나 8820]]|[[KR_ADDRESS:성남시 분당구 정자일로 156]] 횡단보도|[[PERSON:어현수]]|[[PHONE_NUMBER:010-6620-3187]]|[[IP_ADDRESS:211.36.142.87]]|과태료 부과
{{case_number:SN-251015-0092}}|{{date:2025-10-15 08:02}}|[[KR_CAR_PLATE:231러7745]]|[[KR_ADDRESS:성남시 수정구 위례광장로 21]] 인도|[[PERSON:제갈 윤]]|[[PHONE_NUMBER:010-3319-9024]]|[[IP_ADDRESS:2001:e60:87a1:4c2:9d1e:22ff:fe31:b07a]]|계도
{{case_number:SN-251015-0093}}|{{date:2025-10-15 08:30}}|[[KR_CAR_PLATE:경기80사4412]]|{{place_name:야탑역 버스정류장}}|[[PERSON:육미란]]|[[PHONE_NUMBER:010-7003-2258]]|[[IP_ADDRESS:175.223.11.9]]|사진불량 불수용
※ 앱버전 {{version:7.2.0.1}} / 서버 {{subnet_mask:255.255.255.0}} 대역"""},

{"id": "s17-w02-003", "kind": "complaint", "text": """쓰레기 무단투기 신고드립니다.
[[KR_ADDRESS:용인시 기흥구 보정동 1190-4]] 원룸 건물 옆 전봇대 밑에 종량제 봉투 안 쓰고 검은 비닐로 계속 버립니다.
CCTV는 없고요 제가 찍은 사진 보면 {{date:10월 20일}} 밤 {{time:11시 반}}쯤 남자분이 버리는 장면 있어요. 택배 송장 붙은 박스에 이름이 [[PERSON:석○호]], 주소가 [[KR_ADDRESS:보정동 1190-4 302호]]로 돼 있고 송장번호 {{tracking_number:6894 1102 3371}} 보입니다.
처리해주시면 감사하겠습니다.
[[PERSON:우 태 경]] 드림 ([[PHONE_NUMBER:010-5108-4426]])"""},

{"id": "s17-w02-004", "kind": "letter", "text": """과태료 부과 사전통지서

수신: [[PERSON:반 정 우]] 귀하
주소: (16489) [[KR_ADDRESS:수원시 팔달구 중부대로 222번길 36-5, 2층]]
위반일시: {{date:2025.09.27.}} {{time:21:15}}
위반장소: [[KR_ADDRESS:수원시 팔달구 인계동 1117-3]] 인근 폐기물 무단투기
위반내용: 「폐기물관리법」 제8조 위반 (생활폐기물 무단투기, 사진 3매 및 CCTV 영상 확인)
과태료: {{amount:500,000원}} (의견제출기한 {{date:2025.11.10.}}까지, 기한 내 자진납부 시 20% 감경)
납부계좌: 농협 {{public_account:301-0120-3344-61}} (예금주: 수원시 팔달구청)
문의: 팔달구 환경위생과 [[PERSON:유은정]] [[PHONE_NUMBER:031-228-6471]]
{{document_number:팔달환경-12734}} ({{date:2025.10.21.}})"""},

{"id": "s17-w02-005", "kind": "chat", "text": """[관리자] 장애인주차구역 신고 건 공유합니다
[관리자] 차번 [[KR_CAR_PLATE:68호 4402]] 렌트카임 ㅡㅡ 렌트사 {{org_name:ㅇㅇ렌터카 수원점}} {{public_number:031-255-7000}}
[[PERSON:경민]]: 아 그거 어제 저도 봤어요 3일째에요
[관리자] 임차인 [[PERSON:남궁성민]] (면허 [[KR_DRIVER_LICENSE:13-19-027731-40]]) 연락처 받았는데 안 받네요 [[PHONE_NUMBER:010 7742 1180]]
[[PERSON:경민]]: 구청에 넘기시죠"""},

{"id": "s17-w02-006", "kind": "ocr", "text": """폐 기 물  무 단 투 기  확 인 서
위반자  성명 : [[PERSON:염 상 률]]    주민등록번호 : [[KR_RRN:69O4O3-l******]]
        주소 : [[KR_ADDRESS:용인시 처인구 김량장동 l5l-2O]]
        전화 : [[PHONE_NUMBER:O1O-9l44-O327]]
투기일시 : {{date:2O25. lO. O2}}   투기물 : 가구류(장롱 l개, 의자 2개) 스티커 미부착
본인은 위 사실을 확인합니다.    {{date:2O25. lO. O8}}  확인자 [[PERSON:염상률]] (인)
단속원 : [[PERSON:천유나]]  (직원번호 [[EMPLOYEE_ID:YI-2O23-0418]])"""},

{"id": "s17-w02-007", "kind": "sms", "text": """[용인시 주정차] [[KR_CAR_PLATE:57보3301]] 차량이 단속구역(처인구청 앞)에 주차중입니다. 10분 내 이동하지 않으면 단속됩니다. {{date:11/04}} {{time:14:22}}"""},

{"id": "s17-w02-008", "kind": "email", "text": """From: [[PERSON:Kevin O'Brien]] <[[EMAIL_ADDRESS:kevin.obrien77@gmail.com]]>
To: 성남시 외국인주민지원센터 <{{public_email:foreigner@seongnam.go.kr}}>
Date: {{date:Thu, 6 Nov 2025 09:12:44 +0900}}
Subject: Parking fine - I was not driving

Hello, I received a parking violation notice for vehicle [[KR_CAR_PLATE:45하 9012]] dated {{date:2025.10.29}}.
This car is a rental under my name but on that day I was in Busan (KTX ticket attached).
My details: passport [[KR_PASSPORT:568214307]] (USA), ARC [[KR_FRN:880213-5234871]], DOB [[BIRTH_DATE:Feb 13, 1988]].
Address: [[KR_ADDRESS:Seongnam-si Bundang-gu Pangyoyeok-ro 152, 1204-ho]]
Phone: [[PHONE_NUMBER:010-2281-5096]]
Thanks, [[PERSON:Kevin]]"""},

{"id": "s17-w02-009", "kind": "spreadsheet", "text": """무단투기 감시카메라 설치 요청 집계 (장안구)
요청일자	요청자	생년	주소	연락처	요청위치
{{date:2025.08.04}}	[[PERSON:하승철]]	[[BIRTH_DATE:1972]]	[[KR_ADDRESS:장안구 파장로 56번길 9-1]]	[[PHONE_NUMBER:010-2293-5816]]	{{place_name:파장동 어린이공원 입구}}
{{date:2025.08.11}}	[[PERSON:김 은주]]	[[BIRTH_DATE:1985]]	[[KR_ADDRESS:장안구 정자동 897-12 1층]]	[[PHONE_NUMBER:031-246-3312]]	골목 삼거리
{{date:2025.08.19}}	통장 [[PERSON:도상원]]	[[BIRTH_DATE:1959]]	[[KR_ADDRESS:장안구 연무동 232-7]]	[[PHONE_NUMBER:010.4401.7256]]	{{place_name:연무시장}} 뒷길
비고: 생년은 개인정보 최소수집 원칙에 따라 연도만 기재함"""},

{"id": "s17-w02-010", "kind": "memo", "text": """[현장확인] {{date:11.7}} 오후
신고: 상가 앞 대형폐기물(매트리스) 방치
위치: [[KR_ADDRESS:영통구 봉영로 1612 한양상가 104호]] 앞
상가 주인 [[PERSON:봉가영]] 님 말씀으로는 위층 세입자가 이사가면서 두고 감. 세입자 이름 [[PERSON:추성민]], 번호 모름
사진: 매트리스 2개, 빨간 스프레이로 "{{code:수거요망}}" 써놓음
조치: 스티커 부착 안내문 붙임, {{date:11.10}} 재확인 예정"""},

{"id": "s17-w02-011", "kind": "form", "text": """자동차 소유자 의견진술서 (주정차위반)
차량번호 [[KR_CAR_PLATE:１１７주 ２２９０]]     위반일시 {{date:２０２５．９．３０}} {{time:１８：０５}}
소유자 [[PERSON:사공 민]]  생년월일 [[BIRTH_DATE:１９８２．０４．１１]]
주소 [[KR_ADDRESS:수원시 권선구 호매실로 90 현대아파트 208동 1102호]]
의견: 당시 아이([[PERSON:사공하린]], [[BIRTH_DATE:２０１８．１．９]]생)가 고열로 응급실 이송 중 잠시 정차하였음. 진료확인서 첨부.
연락처 [[PHONE_NUMBER:０１０－３６７２－８１９０]]"""},

{"id": "s17-w02-012", "kind": "minutes", "text": """생활폐기물 무단투기 단속반 월례회의
{{date:2025년 9월 30일}} / 환경과 회의실
출석: 반장 [[PERSON:구본형]], 단속원 [[PERSON:천유나]]·[[PERSON:설해진]]·[[PERSON:이민준]](3주 교육 후 투입)
- 9월 적발 {{statistic:83건}}, 과태료 부과 {{statistic:61건}}, 계도 {{statistic:22건}}
- [[PERSON:설해진]] 단속원 {{date:10/6}}~{{date:10/10}} 연가 → [[PERSON:천유나]] 대체
- 단속차량 [[KR_CAR_PLATE:215무3307]] 정기점검 {{date:10/2}}
- 다음회의 {{date:10월 28일}}"""},

{"id": "s17-w02-013", "kind": "complaint", "text": """국민신문고 민원 ({{case_number:1AA-2510-0384412}})
민원인: [[PERSON:피 정 란]]  [[EMAIL_ADDRESS:jrpi_1961@hanmail.net]]
내용: 저희 집([[KR_ADDRESS:성남시 중원구 광명로 37-2]]) 담벼락 밑에 누가 자꾸 음식물쓰레기를 버려요. 제가 [[BIRTH_DATE:61년]]생이고 허리가 안 좋아서 매번 치우기가 너무 힘듭니다. 저번엔 {{date:추석 연휴}} 지나고 나서 냄새 때문에 벌레가 들끓었어요.
사진 첨부 3장 (봉투 찢어진 것, 담벼락 얼룩, 흰색 승용차 [[KR_CAR_PLATE:03누 5518]] 새벽에 서 있던 것)
회신 전화는 오전에만 [[PHONE_NUMBER:031.748.2269]]"""},

{"id": "s17-w02-014", "kind": "receipt", "text": """과태료 납부확인
납부자 [[PERSON:탁 영 호]]
차량번호 [[KR_CAR_PLATE:서울 71 더 0042]]
납부금액 {{amount:40,000원}}
납부일시 {{date:2025/10/31 13:47:22}}
카드번호 [[CREDIT_CARD:5365-10**-****-2281]]
승인번호 {{approval_number:30172548}}
전자납부번호 {{receipt_number:41110-1-25-0044102}}"""},

{"id": "s17-w02-015", "kind": "chat", "text": """[[PERSON:순자]] 언니 ~ 3동 앞에 또 이불 버려놨어 ㅠㅠ 누군지 알아?
ㄴ 아마 [[PERSON:옥자]]네 아들일걸 ㅋㅋ 어제 이사 나가더라
ㄴ ㅎㅎ 내가 동사무소 박 주무관한테 얘기할게 번호가 [[PHONE_NUMBER:031-8075-3326]] 맞지?"""},

{"id": "s17-w02-016", "kind": "form", "text": """대형폐기물 배출 신고필증
신고번호: {{receipt_number:2025-1104-003318}}
배출자: [[PERSON:채 소 연]] / [[PHONE_NUMBER:010-9934-0215]]
배출장소: [[KR_ADDRESS:용인시 수지구 동천로 437번길 15, 동천자이 107동]] 현관 앞
품목: 소파(3인용) 1, 식탁 1 / 수수료 {{amount:18,000원}}
결제: 신용카드 [[CREDIT_CARD:9410 6112 3304 871?]]
배출일: {{date:2025-11-06}}  ※ 필증을 품목에 부착하십시오"""},
]
