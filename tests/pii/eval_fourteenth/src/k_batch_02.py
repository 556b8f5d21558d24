# Writer k, batch 02: alumni associations (동창회, 동문회) - rosters, dues, notices.
# Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s14-k02-001", "kind": "alumni_roster", "text": """수원북중학교 제28회 졸업생 동창회 회원명부 (2025년 정기총회 배포용)
연번,성명,생년월일,연락처,주소,비고
1,[[PERSON:권혁수]],[[BIRTH_DATE:1974.02.11]],[[PHONE_NUMBER:010-5521-0387]],"[[KR_ADDRESS:수원시 장안구 정자천로 88, 201동 1303호]]",회장
2,[[PERSON:노미숙]],[[BIRTH_DATE:1974.07.30]],[[PHONE_NUMBER:010-2284-9910]],"[[KR_ADDRESS:화성시 동탄대로 537 동탄역 린스트라우스 1204동 2301호]]",
3,[[PERSON:마동현]],[[BIRTH_DATE:1973.12.05]],[[PHONE_NUMBER:010-8830-1254]],"[[KR_ADDRESS:수원시 팔달구 매산로1가 34-7]]",빠른생
4,[[PERSON:석은주]],[[BIRTH_DATE:1974.04.19]],연락두절,"주소 미상",
5,[[PERSON:편상우]],[[BIRTH_DATE:1974.10.02]],[[PHONE_NUMBER:010-6617-4402]],"[[KR_ADDRESS:오산시 원동 773-2 세교빌라 B01호]]",총무
※ 명부는 회원 외 유출 금지 / 작성 {{date:2025.01.15}} 총무 [[PERSON:편상우]]"""},

{"id": "s14-k02-002", "kind": "alumni_notice", "text": """[성남고 35회 동기회 정기총회 안내]

동기 여러분 안녕하십니까. 회장 [[PERSON:유재식]]입니다. 올해도 잘 부탁드립니다.
- 일시: {{date:2025년 12월 13일(토)}} 18:00
- 장소: {{place_name:야탑역 한우마을}} 2층 단체석
- 회비: {{amount:연 12만원}} (미납자 확인 바랍니다)
- 입금: 국민 [[BANK_ACCOUNT:472101-04-119283]] (예금주 [[PERSON:차승민]] 총무)

올해 환갑 맞는 친구들({{cohort:65년생}} 빠른 포함) 합동 축하 있습니다.
참석 회신은 {{date:12/5}}까지 총무 [[PHONE_NUMBER:010-9921-3340]] 문자로."""},

{"id": "s14-k02-003", "kind": "alumni_form", "text": """경기대학교 관광학부 총동문회 회원 정보 변경 신청서

성명: [[PERSON:배유나]]          학번: [[STUDENT_ID:200412087]]
입학년도: {{date:2004}}    졸업년도: {{date:2010}}
생년월일: [[BIRTH_DATE:1985년 06월 24일]] (양)
휴대전화: [[PHONE_NUMBER:010-3309-7725]]
이메일: [[EMAIL_ADDRESS:yuna.bae@naver.com]]
변경 전 주소: [[KR_ADDRESS:수원시 영통구 광교중앙로 145 광교아이파크 111동 807호]]
변경 후 주소: [[KR_ADDRESS:용인시 기흥구 동백중앙로 191 (중동) 동백역 센트럴푸르지오 1503동 402호]]
직장: {{org_name:(주)한라여행}} 기획팀
신청일: {{date:2025. 2. 3.}}             신청인 [[PERSON:배유나]] (서명)"""},

{"id": "s14-k02-004", "kind": "group_chat", "text": """[초등동창 61회🏫]
[[PERSON:은비]] 엄마: 얘들아 나 이사했어 주소 보내줄께 연하장 보낼 사람~
[[PERSON:은비]] 엄마: [[KR_ADDRESS:경기 용인시 수지구 신봉2로 26 엘지신봉자이1차 115동 402호]]
[[PERSON:지혜]]: 오 신봉동 갔구나
[[PERSON:김기범]]: 우리 애도 거기 학원 다님ㅋㅋ
[[PERSON:지혜]]: 다음주 모임 {{date:목요일}} 7시 맞지? 장소 {{place_name:정자동 카페거리}} 어디?
[[PERSON:은비]] 엄마: 나도 몰라ㅋ 총무 [[PERSON:상철]]이가 정한대"""},

{"id": "s14-k02-005", "kind": "alumni_roster", "text": """동문 인명록 발췌 (□□대학교 전자공학과 동문회, 비공개)
학번        성명      출생      근무처                  휴대폰
[[STUDENT_ID:91-0427]]     [[PERSON:홍성철]]    [[BIRTH_DATE:72.05.03]]  {{org_name:삼성전자 DS부문}}       [[PHONE_NUMBER:010-2938-1174]]
[[STUDENT_ID:91-0433]]     [[PERSON:임수정]]    [[BIRTH_DATE:72.11.18]]  {{org_name:한국전력공사}}          [[PHONE_NUMBER:010-7810-2265]]
[[STUDENT_ID:92-0102]]     [[PERSON:곽태훈]]    [[BIRTH_DATE:73.01.29]]  자영업                  [[PHONE_NUMBER:010-4460-9381]]
[[STUDENT_ID:92-0118]]     [[PERSON:천나리]]    [[BIRTH_DATE:'73.8.7]]   {{org_name:용인시청}}              [[PHONE_NUMBER:031-324-2**7]]
※ {{org_name:용인시청}} 번호는 본인 직통 (대표번호 아님)"""},

{"id": "s14-k02-006", "kind": "alumni_post", "text": """[동문게시판] {{cohort:97학번}} [[PERSON:연지호]] 선배님 개업 소식 알려드립니다
작성자 사무국 | {{date:2025-05-20}}

{{cohort:97학번}} [[PERSON:연지호]] 동문께서 수원 인계동에 치과를 개원하셨습니다.
{{place_name:연지호치과의원}} / [[KR_ADDRESS:수원시 팔달구 효원로 297, 4층 401호]]
동문 할인 있다고 하니 많은 이용 바랍니다.
병원 대표번호 {{public_number:031-8012-2875}}"""},

{"id": "s14-k02-007", "kind": "alumni_dues", "text": """2025 상반기 회비 입금 확인 (통장 거래내역 복사)
{{date:2025.01.03}} 09:12  입금  {{amount:120,000}}  [[PERSON:김ㅇ호]]
{{date:2025.01.03}} 14:50  입금  {{amount:120,000}}  [[PERSON:SONG MINA]]
{{date:2025.01.07}} 20:01  입금  {{amount:60,000}}   [[PERSON:전혜린]]엄마
{{date:2025.01.11}} 10:33  입금  {{amount:100,000}}  [[PERSON:도윤기]]
{{date:2025.01.14}} 17:42  출금  {{amount:350,000}}  {{org_name:신년회식당}}
현재 잔액 {{amount:2,847,300}}원 / 동창회 계좌 새마을금고 [[BANK_ACCOUNT:9002-1874-3302-1]] (총무 개인명의)"""},

{"id": "s14-k02-008", "kind": "minwon", "text": """[민원 접수] 분류: 개인정보 / 접수번호 {{case_number:2AA-2503-118462}}
내용: 안녕하세요. 저는 [[KR_ADDRESS:성남시 분당구 내정로 165번길 35, 양지마을 금호아파트 602동 1801호]]에 사는 [[PERSON:고은서]]([[BIRTH_DATE:1979년생]])입니다.
동창회 회원명부에 제 주민등록번호 앞자리와 뒷자리 첫 숫자([[KR_RRN:790827-2]])까지 적혀서 단톡방에 PDF로 돌고 있습니다. 명부 만든 사람은 총무 [[PERSON:허민석]]이라는 사람인데 연락해도 삭제를 안 해줍니다.
이런 경우 시청에서 어떻게 조치할 수 있는지 문의드립니다. 연락처 [[PHONE_NUMBER:010-4172-6630]]"""},

{"id": "s14-k02-009", "kind": "alumni_notice", "text": """◇ 재경 용인중학교 동문회 송년의 밤 ◇
■ {{date:2025.12.20(토)}} 17:30 ~ 21:00
■ {{place_name:서울 강남 리츠컨벤션}}
■ 회비 {{amount:5만원}} / 부부동반 {{amount:8만원}}
문의: 사무총장 [[PERSON:정해룡]] [[PHONE_NUMBER:010-5008-3312]]
      사무국장 [[PERSON:안소영]] [[PHONE_NUMBER:010-3221-0097]] / [[EMAIL_ADDRESS:soyoung_ahn@daum.net]]
동문회 공식 메일 {{public_email:yongin-alumni@naver.com}}"""},

{"id": "s14-k02-010", "kind": "group_chat", "text": """[[PERSON:진우]]: 야 [[PERSON:태현]]이 생일 언제냐 깜짝파티 하자
[[PERSON:소라]]: [[BIRTH_DATE:11월 3일]]! 나 걔랑 생일 하루 차이라 기억함 난 [[BIRTH_DATE:11월 4일]]
[[PERSON:진우]]: 오케이 그럼 {{date:11월 1일}} 토요일에 하자
[[PERSON:소라]]: 케이크 내가 살게 {{place_name:망포역}} 근처 어때
[[PERSON:진우]]: ㄱㄱ"""},

{"id": "s14-k02-011", "kind": "alumni_scholarship", "text": """○○고등학교 총동문회 장학금 수혜자 명단 (내부 결재용)
| 학년 | 성명 | 학번 | 생년월일 | 보호자 | 보호자 연락처 | 지급액 |
|---|---|---|---|---|---|---|
| 2 | [[PERSON:이하윤]] | [[STUDENT_ID:20817]] | [[BIRTH_DATE:2009-03-14]] | [[PERSON:이정현]](부) | [[PHONE_NUMBER:010-8224-1093]] | {{amount:1,000,000}} |
| 2 | [[PERSON:박서준]] | [[STUDENT_ID:20522]] | [[BIRTH_DATE:2009-10-02]] | [[PERSON:최은영]](모) | [[PHONE_NUMBER:010-6630-2218]] | {{amount:1,000,000}} |
| 3 | [[PERSON:장민호]] | [[STUDENT_ID:31104]] | [[BIRTH_DATE:2008-01-27]] | [[PERSON:장순자]](조모) | [[PHONE_NUMBER:031-265-48O7]] | {{amount:1,500,000}} |
지급일 {{date:2025-03-25}}, 교감 결재"""},

{"id": "s14-k02-012", "kind": "alumni_post", "text": """[동문소식] 경조사
◆ 결혼: 88학번 [[PERSON:민경훈]] 동문 장녀 [[PERSON:민서영]] 양 ({{date:4.19}} 수원)
◆ 부고: 79학번 [[PERSON:황인철]] 동문 본인상 ({{date:4.22}} 별세, 향년 65세)
   故 [[PERSON:황인철]] 동문은 [[BIRTH_DATE:1960년 음력 8월]] 수원 세류동에서 태어나...
◆ 출산: 05학번 [[PERSON:구본영]] 동문 득남 (아들 [[PERSON:구하람]], [[BIRTH_DATE:2025.4.2]] 출생)"""},

{"id": "s14-k02-013", "kind": "alumni_form", "text": """동창회 가입신청서 (스캔본 OCR)
성 명 : [[PERSON:김 영 자]]
주민등록번호 : [[KR_RRN:560712-203814?]]
주 소 : [[KR_ADDRESS:경기도 용인시 처인구 김량장동 3O7-15]]
전 화 : 자택 [[PHONE_NUMBER:(031)335-2217]]  휴대 [[PHONE_NUMBER:O1O-7782-4410]]
졸업회차 : 제 {{code:21}} 회
추천인 : [[PERSON:송정란]]"""},

{"id": "s14-k02-014", "kind": "alumni_roster", "text": """동기 근황 정리 (총무 메모)
- [[PERSON:배상훈]]: {{place_name:판교}} 스타트업 CTO, [[EMAIL_ADDRESS:shbae@ridge-labs.io]], 집 [[KR_ADDRESS:성남시 분당구 판교역로 10, 백현마을 2단지 203동 604호]]
- [[PERSON:조아라]]: 미국 시애틀 거주. 카톡만 됨. 한국 본가 주소 [[KR_ADDRESS:302-1104, 48 Gwanggyo-ro, Yeongtong-gu, Suwon-si]] (연하장용)
- [[PERSON:한대웅]]: 전화번호 바뀜 → [[PHONE_NUMBER:010-2209-5561]]
- [[PERSON:설미경]]: 남편 사업, 연락은 [[PERSON:미경]]이 언니 통해서
명단 업데이트 {{date:25/02/10}}"""},

{"id": "s14-k02-015", "kind": "alumni_notice", "text": "[문자] 수원여고 40회 {{date:5/17}} 모교방문 행사 안내. 오전10시 본관 앞 집결. 참석자 명단 확인 중이니 미회신자는 회장 [[PERSON:윤선희]]([[PHONE_NUMBER:01038827714]]) 또는 부회장 [[PERSON:계현주]]([[PHONE_NUMBER:010 9014 2236]])에게 회신바람. 수신거부 {{public_number:080-870-1123}}"},

{"id": "s14-k02-016", "kind": "alumni_roster", "text": """京畿高 同窓 名簿 (1960年代 卒業生 발췌)
姓名 [[PERSON:李炳國]]  生年 [[BIRTH_DATE:1943年 3月 8日]]  住所 [[KR_ADDRESS:京畿道 水原市 八達區 行宮路 14]]
姓名 [[PERSON:朴泰遠]]  生年 [[BIRTH_DATE:1944年 11月 21日]]  住所 [[KR_ADDRESS:서울 종로구 평창동 412-9]]
姓名 [[PERSON:鄭夏植]]  生年 [[BIRTH_DATE:1943年 12月]]  住所 未詳 (작고 추정)
編纂 {{date:1998年 5月}}"""},
]
