# Writer v, batch 08: extra foreigner / licence cases and place look-alikes. CC0 1.0. All invented.
DOCS = [
{"id": "s17-v08-001", "kind": "form", "text": """외국인 임차인 전입(체류지 변경) 및 전월세 신고 동시처리 확인서
성명: [[PERSON:KHAN IMRAN]]  체류자격 E-9
외국인등록번호: [[KR_FRN:8507195241036]]   생년월일: [[BIRTH_DATE:1985.07.19]]
신 체류지: [[KR_ADDRESS:화성시 향남읍 발안로 45-8, 2층 201호]]
근무처: 향남전자 (대표 {{public_number:031-353-7700}})
처리: 향남읍 행정복지센터 [[PERSON:남도현]] / {{date:2024.04.09}}"""},

{"id": "s17-v08-002", "kind": "complaint", "text": """{{place_name:모란시장}} 앞 {{place_name:성남대로}} 노점 단속 관련. 단속반이 우리 아버지 [[PERSON:나기춘]](72)한테 신분증 달라고 해서 운전면허증 줬는데 면허번호 [[KR_DRIVER_LICENSE:경기-92-118406-51]]을 큰소리로 읽으면서 사진까지 찍었습니다. {{org_name:중원구청 건설과}}에 항의합니다. 아들 [[PERSON:나윤재]] [[PHONE_NUMBER:010-3920-1185]]"""},

{"id": "s17-v08-003", "kind": "spreadsheet", "text": """[전통시장 외국인 상인 명단] {{org_name:수원시 지역경제과}} 제공
이름,국적,외국인등록번호,점포,전화
[[PERSON:Ulziisaikhan Bold]],몽골,[[KR_FRN:880203-5******]],{{place_name:남문시장}} 17호,[[PHONE_NUMBER:010-4181-2290]]
[[PERSON:Phan Thi Hoa]],베트남,[[KR_FRN:920930-6******]],{{place_name:지동시장}} 4호,[[PHONE_NUMBER:010-8852-0317]]
[[PERSON:리우샤오밍]],중국,[[KR_FRN:760511-5******]],{{place_name:팔달문시장}} 29호,[[PHONE_NUMBER:010-2234-9908]]"""},

{"id": "s17-v08-004", "kind": "memo", "text": """체납차량 인도 시 신분증: [[PERSON:오상렬]] 운전면허 [[KR_DRIVER_LICENSE:대구 03-281174-62]] → 주소 불일치, 등본 추가요청. {{place_name:수원시 차량등록사업소}}에서 처리."""},

{"id": "s17-v08-005", "kind": "sms", "text": """[[PERSON:재원]]씨 공매 물건 보러 {{place_name:동수원 자동차공매장}} 가실때 면허증 지참요. 지난번 적어주신 번호 [[KR_DRIVER_LICENSE:12-07-448210-30]] 로 입찰등록 해놨어요 - [[PERSON:지현]]"""},
]
