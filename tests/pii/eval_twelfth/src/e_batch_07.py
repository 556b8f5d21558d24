# Writer e, batch 07: mixed short documents across building, road, assembly and cadastral work.
# All persons, addresses and numbers are invented. CC0 1.0.
DOCS = [
{"id": "s12-e07-001", "kind": "application_form", "text": """건축허가 신청 - 건축주 인적사항 (외국인)
성명(영문) [[PERSON:ZHANG WEI]]   성명(한글) [[PERSON:장웨이]]
외국인등록번호 [[KR_FRN:760215 - 6234517]]   체류자격 F-5   체류기간 {{date:2029.03.14}}까지
생년월일 [[BIRTH_DATE:1976/02/15]]
국내거소 [[KR_ADDRESS:안산시 단원구 원곡로 52, 3층 302호]]
대지위치 [[KR_ADDRESS:화성시 남양읍 남양리 1904-6]]   용도: 제1종근린생활시설(소매점)
연락처 [[PHONE_NUMBER:010-8253-1176]]
※ 외국인 토지취득 신고 완료({{date:2024.01.22}}, {{document_number:화성시 토지정보과-1038}})"""},

{"id": "s12-e07-002", "kind": "complaint", "text": """위반건축물 양성화 관련 질의

저희 아버지 명의 주택([[KR_ADDRESS:수원시 권선구 서둔로 47번길 6]])에 1990년대에 지은 부엌 증축 부분이 위반건축물로 등재돼 있습니다. 아버지([[PERSON:소병욱]], 주민번호 [[KR_RRN:390825152613?]])께서 {{date:올해 2월}} 돌아가셔서 상속 정리 중인데 이행강제금이 계속 나옵니다.
특정건축물 정리 특별법 같은 양성화 계획이 있는지 궁금합니다.
문의자: 아들 [[PERSON:소재현]] [[PHONE_NUMBER:010-7229-4031]] / [[EMAIL_ADDRESS:jaehyun.so@kakao.com]]"""},

{"id": "s12-e07-003", "kind": "application_form", "text": """도로점용(옥외영업) 허가 신청
신청인: [[PERSON:Bui Thi Lan]] ([[PERSON:부이 티 란]])  외국인등록번호 [[KR_FRN:910304-6******]]
상호: 사이공 쌀국수   사업자등록번호 [[KR_BRN:134-45-8206?]]
영업장: [[KR_ADDRESS:안산시 단원구 다문화길 14 1층]]
점용 희망면적 {{amount:8.0㎡}} (테이블 3개)
휴대폰 [[PHONE_NUMBER:010-6617-2248]]  생년월일 [[BIRTH_DATE:1991.03.04]]"""},

{"id": "s12-e07-004", "kind": "sms", "text": """[용인동부경찰서] [[PERSON:하경석]]님 {{date:12/7(토)}} 옥외집회 신고 접수({{receipt_number:제2024-1193호}}). 확성기 사용시 주거지역 주간 {{statistic:65dB}}, 야간 {{statistic:60dB}} 기준 준수 바랍니다. 정보과 {{public_number:031-8021-3224}}"""},

{"id": "s12-e07-005", "kind": "system_log", "text": """[lx-online] {{date:2024-11-28 07:31:12 KST}} request svc=분할측량 applicant="[[PERSON:하경석]]" birth="[[BIRTH_DATE:1962-05-11]]" parcel="[[KR_ADDRESS:처인구 삼가동 588-3]]" src=[[IP_ADDRESS:2406:5900:1080:8b::3c]] node={{version:v5.4.0-rc2}}
[lx-online] {{date:2024-11-28 07:33:50 KST}} payment ok receipt={{receipt_number:R2411-283317}} method=계좌이체 bank_acct=[[BANK_ACCOUNT:302-0417-6829-91]] src=[[IP_ADDRESS:2406:5900:1080:8b::3c]]"""},

{"id": "s12-e07-006", "kind": "email", "text": """제목: 1층 창고 → 카페 용도변경 진행 문의드립니다
보낸사람: [[PERSON:여하윤]] <[[EMAIL_ADDRESS:hayoon.yeo@naver.com]]>

안녕하세요 건축과 주무관님, [[KR_ADDRESS:성남시 수정구 창곡동 512-8]] 건물 1층 세입자 [[PERSON:여하윤]]입니다.
건물주 [[PERSON:구자영]] 사장님([[BIRTH_DATE:1957]]년생이시고 생신이 음력 [[BIRTH_DATE:8월 15일]]이라 서류에 헷갈리게 쓰셨어요, 주민등록상 생일은 [[BIRTH_DATE:1957. 9. 8.]])께 동의는 받았습니다.
정화조 용량 문제로 {{date:11월 30일}}까지 보완하라는 공문을 받았는데 기한 연장이 가능할까요?
연락처: [[PHONE_NUMBER:010 2604 8817]]"""},

{"id": "s12-e07-007", "kind": "sms", "text": """내일 측량 10시 맞죠? 경계말뚝 위치 저도 봐야해서요 - [[PERSON:탁병훈]]"""},
]
