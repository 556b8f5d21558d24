# Writer q, batch 02: youth and childcare (어린이집, 아이돌봄, 돌봄교실, 청소년수련관).
# Hand-written; CC0 1.0. All people and values are invented.

DOCS = [
{"id": "s16-q02-001", "kind": "application_form", "text": """[아이사랑포털] 어린이집 입소대기 신청 확인서

아동명 : [[PERSON:장서아]]
주민등록번호 : [[KR_RRN:220914-402713?]]
생년월일 : [[BIRTH_DATE:2022년 09월 14일]]
보호자 : [[PERSON:장우석]] / [[PHONE_NUMBER:010-7741-0382]]
주소 : [[KR_ADDRESS:경기도 용인시 수지구 풍덕천로 129, 203동 1504호(풍덕천동, 신정마을주공2단지)]]
신청 어린이집 : {{org_name:수지구청 직장어린이집}} 외 2곳
입소희망일 : {{date:2025-03-01}}    신청일시 : {{date:2024-11-02 21:47}}
대기순번 : {{statistic:14}}번 (맞벌이 가점 반영)"""},

{"id": "s16-q02-002", "kind": "notice", "text": """[아이돌봄서비스] 돌보미 연계 안내

[[PERSON:허지원]] 님 가정에 아이돌보미가 연계되었습니다.
- 돌보미: [[PERSON:김○숙]] 선생님 (연락처 [[PHONE_NUMBER:010-****-6628]])
- 서비스: 시간제 일반형, 주 3회(월·수·금) 16:00~19:00
- 첫 방문일: {{date:2025. 4. 7.(월)}}
- 방문 주소: [[KR_ADDRESS:수원시 권선구 금곡로 197번길 20-7, 2층]]
서비스 변경·취소는 방문 24시간 전까지 {{org_name:수원시가족센터}}({{public_number:1577-2514}})로 연락 바랍니다."""},

{"id": "s16-q02-003", "kind": "spreadsheet", "text": """2025 늘봄(돌봄교실) 1학년 신청자 현황 - 오후 1실
번호	이름	생년월일	보호자	보호자 연락처	비고
1	[[PERSON:오지유]]	[[BIRTH_DATE:2018.03.02]]	[[PERSON:오상훈]]	[[PHONE_NUMBER:010-3318-2047]]	맞벌이
2	[[PERSON:변시현]]	[[BIRTH_DATE:2018.07.19]]	[[PERSON:최민아]]	[[PHONE_NUMBER:01092274415]]	한부모
3	[[PERSON:제갈윤]]	[[BIRTH_DATE:2018.12.30]]	[[PERSON:제갈현석]]	[[PHONE_NUMBER:010-6604-9921]]	
4	[[PERSON:이로아]]	[[BIRTH_DATE:2019.01.05]]	[[PERSON:김수연]]	[[PHONE_NUMBER:010-5520-3368]]	조기입학
작성: {{date:2025.02.17}} 돌봄전담사 [[PERSON:유정란]]"""},

{"id": "s16-q02-004", "kind": "application_form", "text": """{{org_name:성남시청소년재단}} 여름 캠프 참가 신청서

참가자: [[PERSON:신우진]] (중2, [[BIRTH_DATE:2011]]년생)
학교: 성남○○중학교
주소: [[KR_ADDRESS:성남시 중원구 둔촌대로 83번길 14 (성남동) 나동 301호]]
본인 연락처: [[PHONE_NUMBER:010-2915-7763]]
보호자: [[PERSON:신경미]](모) [[PHONE_NUMBER:010-4402-5178]]
알레르기: 복숭아
캠프 일정: {{date:7월 28일 ~ 7월 30일}} (2박 3일), 집결지 {{place_name:성남종합운동장 북문}}"""},

{"id": "s16-q02-005", "kind": "table", "text": """햇살반 비상연락망 ({{date:2025.3월}} 기준) - 외부 유출 금지
| 원아 | 생일 | 주 보호자 | 연락처 | 주소 |
| [[PERSON:하윤]] | [[BIRTH_DATE:21.04.08]] | 모 [[PERSON:문소영]] | [[PHONE_NUMBER:010-8823-1045]] | [[KR_ADDRESS:영통동 1012-4 청명마을 삼성아파트 411-802]] |
| [[PERSON:도하]] | [[BIRTH_DATE:21.06.22]] | 부 [[PERSON:주기현]] | [[PHONE_NUMBER:010-3047-6651]] | [[KR_ADDRESS:영통로 200번길 35 103-1101]] |
| [[PERSON:라온]] | [[BIRTH_DATE:21.11.30]] | 조모 [[PERSON:권순자]] | [[PHONE_NUMBER:031-203-7748]] | [[KR_ADDRESS:매탄동 150-12 그린빌라 나동 B02호]] |
담임: [[PERSON:설은비]] 교사"""},

{"id": "s16-q02-006", "kind": "messenger_chat", "text": """<개나리반 학부모님들>
[[PERSON:준호]]맘 ♡: 오늘 [[PERSON:준호]]가 [[PERSON:예준]]이랑 놀다 넘어졌대요ㅠ 담임쌤이 연고 발라주셨다고
[[PERSON:예준]]아빠: 헉 괜찮아요?? 저희 애가 밀었으면 죄송합니다ㅜ
[[PERSON:준호]]맘 ♡: 아니에요 그냥 둘이 뛰다가 그랬대요ㅎㅎ
[[PERSON:소율]]엄마: 그나저나 다음주 생일파티 [[PERSON:소율]]이 {{date:5월 2일}}에 원에서 한대요~ 생일은 [[BIRTH_DATE:5월 4일]]인데 어린이날 연휴라ㅎ
[[PERSON:예준]]아빠: 넵 ㅎㅎ 선물은 각자 준비 안 하기로 한 거 맞죠?"""},

{"id": "s16-q02-007", "kind": "email", "text": """From: [[PERSON:박은서]] <[[EMAIL_ADDRESS:eunseo.park0701@gmail.com]]>
To: {{public_email:idolbom@suwonfamily.or.kr}}
Subject: 4월 아이돌봄 이용료 이중결제 환불 요청

담당자님께,
4월 이용료가 아이행복카드로 두 번 결제되었습니다.
 - 카드: 국민 아이행복카드 [[CREDIT_CARD:4673-0912-5518-223?]]
 - 결제일: {{date:2025-04-30}}, 두 건 모두 {{amount:187,400원}}
 - 아동: [[PERSON:김하람]] ([[BIRTH_DATE:2020.10.17]])
한 건 취소 부탁드립니다. 환불은 카드 취소가 안 되면 [[BANK_ACCOUNT:1002-851-206634]](우리, 예금주 [[PERSON:박은서]])로 보내주세요.
연락은 [[PHONE_NUMBER:010-7150-3320]]"""},

{"id": "s16-q02-008", "kind": "log_export", "text": """어린이집 통학차량 운행일지 ({{date:2025.04.14}})
차량번호: [[KR_CAR_PLATE:78도 4419]] (15인승, 어린이보호차량 신고필)
운전자: [[PERSON:곽동수]]   면허번호: [[KR_DRIVER_LICENSE:11-08-334817-22]] (1종 보통)
동승보호자: [[PERSON:노지혜]] 교사
08:20 출발 - 08:34 [[PERSON:태오]] 승차 - 08:41 [[PERSON:아린]]·[[PERSON:아준]] 승차 - 08:57 원 도착
※ 예비차량 [[KR_CAR_PLATE:경기 31 바 7702]]는 정기점검 중({{date:~4/18}})"""},

{"id": "s16-q02-009", "kind": "complaint", "text": """초등돌봄교실 추첨 탈락에 대한 이의신청

저는 [[KR_ADDRESS:용인시 기흥구 동백죽전대로 444, 동백푸르지오 1단지 108동 403호]]에 사는 [[PERSON:엄태준]]입니다.
우리 아이 [[PERSON:엄지성]](1학년, [[BIRTH_DATE:'18년 2월]]생)이 돌봄교실 추첨에서 떨어졌는데,
맞벌이 증빙(재직증명서 2부)을 분명히 냈는데 반영이 안 된 것 같습니다. 아내 회사 사번 [[EMPLOYEE_ID:HK-220915]]까지 적어서 냈습니다.
{{date:3월 4일}} 결과 발표 이후 학교에 세 번 전화했는데 답이 없습니다.
재검토 부탁드립니다. 연락처 [[PHONE_NUMBER:010-4938-2207]]"""},

{"id": "s16-q02-010", "kind": "ocr_scan", "text": """어 린 이 집 입 소 신 청 서
원아성명 ：[[PERSON:한 도 윤]]
생년월일 ：[[BIRTH_DATE:２０２２．０１．２６]]
주민번호 ：[[KR_RRN:２２０１２６－３＊＊＊＊＊＊]]
보호자(부)：[[PERSON:한재영]]　휴대폰 [[PHONE_NUMBER:０１０－２２８１－９０７４]]
주　　소 ：[[KR_ADDRESS:경기도 수원시 팔달구 인계로 166번길 48－9，３층]]
예방접종 ： 완료 (확인일 {{date:２０２５．０２．１１}})"""},

{"id": "s16-q02-011", "kind": "memo", "text": """[사례회의 의뢰] 청소년상담복지센터 → 드림스타트

대상: [[PERSON:송*민]] (여, 만 14세, [[BIRTH_DATE:2010.06]]생)
주 양육자: 조모 [[PERSON:최옥분]] ([[PHONE_NUMBER:010-92**-1183]])
거주지: [[KR_ADDRESS:성남시 수정구 산성대로 381번길 7-2 반지하]]
의뢰 사유: 장기 결석, 야간 배회. 부 [[PERSON:송기철]]은 연락 두절.
담당: 상담사 [[PERSON:모지선]] (직통 [[PHONE_NUMBER:031-729-9175]])
회의 예정: {{date:4월 셋째 주}}"""},

{"id": "s16-q02-012", "kind": "csv_export", "text": """아동ID,아동명,생년월일,성별,보호자,보호자휴대폰,주소
{{code:C-0412}},[[PERSON:구하은]],[[BIRTH_DATE:20140327]],F,[[PERSON:구병철]],[[PHONE_NUMBER:010-3371-5924]],"[[KR_ADDRESS:경기 화성시 봉담읍 동화길 62, 101-207]]"
{{code:C-0413}},[[PERSON:Ali Rahimov]],[[BIRTH_DATE:20150811]],M,[[PERSON:Dilnoza Rahimova]],[[PHONE_NUMBER:010-6172-0038]],"[[KR_ADDRESS:경기 화성시 봉담읍 수영리 523-14 다세대 201호]]"
{{code:C-0414}},[[PERSON:탁이현]],[[BIRTH_DATE:20130102]],M,[[PERSON:탁미란]],[[PHONE_NUMBER:010-8420-6671]],"[[KR_ADDRESS:경기 화성시 봉담읍 와우안길 17]]"
# 추출일시 {{date:2025-05-02 09:15:44}} / 지역아동센터 통합정보시스템"""},

{"id": "s16-q02-013", "kind": "application_form", "text": """아이돌보미 활동 신청서 (양성교육 수료자)

성 명: [[PERSON:염정숙]]    주민등록번호: [[KR_RRN:670418-2******]]
  ↳ 수정: 뒷자리는 면접 시 제출
주 소: [[KR_ADDRESS:경기도 용인시 처인구 모현읍 일산리 산 12-3]]
연락처: [[PHONE_NUMBER:010 5583 0926]]
활동수당 입금계좌: 농협 [[BANK_ACCOUNT:356-0918-2274-13]]
희망 활동지역: 처인구, 기흥구 / 영아종일제 가능
수료일: {{date:2025.01.24}}  수료번호 {{certificate_number:제2025-0037호}}"""},

{"id": "s16-q02-014", "kind": "sms", "text": """[다함께돌봄센터] [[PERSON:민규]] 어머님~ [[PERSON:민규]] 오늘 3시 40분에 센터 도착했고 간식 먹고 숙제 중이에요. 6시 하원 예정입니다^^ -센터장 [[PERSON:이경화]]"""},

{"id": "s16-q02-015", "kind": "application_form", "text": """외국인 자녀 보육료 지원 신청 (다문화 어린이집)

아동: [[PERSON:BATBAYAR Temuulen]] / 생년월일 [[BIRTH_DATE:2021-08-09]]
아동 여권번호: [[KR_PASSPORT:E2418806]] (몽골)
부: [[PERSON:BATBAYAR Gantulga]]  외국인등록번호 [[KR_FRN:900512-5218044]]
모: [[PERSON:ENKHJARGAL Oyun]]  외국인등록번호 [[KR_FRN:930127-6******]]
체류지: [[KR_ADDRESS:경기도 안산시 단원구 원곡로 19-4, 302호]]
연락처: [[PHONE_NUMBER:010-2841-6690]]
※ 통역 필요(몽골어), 접수: {{date:2025. 3. 18.}}"""},

{"id": "s16-q02-016", "kind": "table", "text": """[청소년 해외봉사단(캄보디아)] 출국자 여권정보 확인
성명 | 영문성명 | 여권번호 | 생년월일 | 여권만료
[[PERSON:류하진]] | [[PERSON:RYU HAJIN]] | [[KR_PASSPORT:M702K8815]] | [[BIRTH_DATE:2007.02.13]] | {{date:2033.05.21}}
[[PERSON:임서윤]] | [[PERSON:LIM SEOYUN]] | [[KR_PASSPORT:M44182093]] | [[BIRTH_DATE:2006.10.01]] | {{date:2029.08.02}}
[[PERSON:차민혁]] | [[PERSON:CHA MINHYEOK]] | [[KR_PASSPORT:M318B4470]] | [[BIRTH_DATE:2007.05.27]] | {{date:2034.01.10}}
인솔: [[PERSON:표승아]] 지도자 ([[PHONE_NUMBER:010-3186-4427]])"""},

{"id": "s16-q02-017", "kind": "receipt", "text": """보육료 추가결제 내역 (학부모 부담분)
원아: [[PERSON:왕서후]]  반: 새싹반(만2세)
결제수단: 아이행복카드(BC) [[CREDIT_CARD:5388 41** **** 0294]]
특별활동비 {{amount:35,000원}} + 현장학습비 {{amount:12,000원}}
결제일 {{date:25-04-25}}  승인 {{approval_number:77120458}}"""},

{"id": "s16-q02-018", "kind": "log_export", "text": """[청소년 온라인상담(사이버상담) 접속기록] 위기사례 긴급 확인용
{{date:2025-05-11 02:13:40}}  session=8812  nick=별빛고래  ip=[[IP_ADDRESS:121.146.73.58]]  keyword=자해
{{date:2025-05-11 02:14:05}}  session=8812  ip=[[IP_ADDRESS:2001:e60:8f12:4b3:1d2c:77ff:fe10:3a9]]  (모바일 전환)
상담사 [[PERSON:공미래]] → 112 신고 여부 검토, 관리자 [[PERSON:추현숙]] 보고 완료
client ver {{version:3.2.0.114}}"""},
]
