# Writer g, batch 03: health and car insurance claims.
# Hand-written, invented. CC0 1.0.

DOCS = [
{"id": "s5-g03-001", "kind": "insurance_claim", "text": """보험금 청구서 (실손의료비)

1. 피보험자
   성명 : [[PERSON:반지원]]      주민등록번호 : [[KR_RRN:870723-228110?]]
   휴대폰 : [[PHONE_NUMBER:010-3374-2861]]     이메일 : [[EMAIL_ADDRESS:jiwon_ban@daum.net]]
   주소 : [[KR_ADDRESS:경기 수원시 영통구 광교중앙로 140, e편한세상광교 1102동 2304호]]
2. 사고 내용
   사고일시 : {{date:2024.07.19}}   사고장소 : 자택
   사고내용 : 질병(급성 장염)으로 외래 3회 통원 ({{date:7/19}}, {{date:7/22}}, {{date:7/26}})
3. 보험금 수령 계좌
   은행 : 국민은행   계좌번호 : [[BANK_ACCOUNT:427102-04-118732]]   예금주 : [[PERSON:반지원]]
4. 청구 동의
   ☑ 개인(신용)정보 수집·이용 동의   ☑ 고유식별정보 처리 동의
청구일 : {{date:2024년 8월 1일}}       청구인 : [[PERSON:반지원]] (서명)
※ 증권번호 {{policy_number:L2019-4412083}} / 문의 {{public_number:1588-3114}}"""},

{"id": "s5-g03-002", "kind": "sms", "text": """[OO손해보험] 사고접수 완료
접수번호: {{claim_number:2024-8721339}}
사고일: {{date:10/14 08:35}}
차량: [[KR_CAR_PLATE:142머 7719]]
담당자: 대물 [[PERSON:노경민]] 과장 [[PHONE_NUMBER:010-2293-4470]]
상대차량 [[KR_CAR_PLATE:57누3802]] 보험사 확인 중입니다."""},

{"id": "s5-g03-003", "kind": "repair_estimate", "text": """자 동 차 수 리 견 적 서                      No. {{document_number:E-24-0917}}

차량번호 : [[KR_CAR_PLATE:경기31바4201]]  (영업용 / 택시)
차    명 : 쏘나타 DN8 LPi      차대번호 : {{vin:KMHL341CBMA123456}}
차 주 명 : [[PERSON:우상철]]       연락처 : [[PHONE_NUMBER:010-5584-1236]]
입고일자 : {{date:2024-09-17}}     출고예정 : {{date:2024-09-24}}

부품명                    수량    단가        금액
프론트 범퍼 커버            1    287,000     287,000
LH 헤드램프 ASSY            1    612,000     612,000
판금/도장 (FRT 휀더 LH)     1    180,000     180,000
-----------------------------------------------------
합계(부가세별도)                            1,079,000

상호 : 대성자동차공업사     대표 : [[PERSON:마태근]]
사업자번호 : [[KR_BRN:135-21-4487?]]
주소 : 수원시 권선구 산업로 (고색동)   ☎ {{public_number:031-293-4500}}"""},

{"id": "s5-g03-004", "kind": "adjuster_report", "text": """손해사정서 부속서류 - 인적피해 명세 (CSV 내보내기)

번호,피해자,생년월일,성별,관계,상해내용,입원일,퇴원일,진단주수
1,[[PERSON:성민재]],[[BIRTH_DATE:1984-03-09]],남,운전자(피해차),경추 염좌,{{date:2024-04-02}},{{date:2024-04-09}},2
2,[[PERSON:성지아]],[[BIRTH_DATE:2017-12-25]],여,동승자(자녀),안면부 타박,,,1
3,[[PERSON:여옥희]],[[BIRTH_DATE:1955-01-30]],여,동승자(모),요추 압박골절,{{date:2024-04-02}},{{date:2024-05-10}},8
4,"[[PERSON:Bui Thi Lan]]",[[BIRTH_DATE:1991-07-04]],여,보행자,좌측 슬관절 타박,,,2

작성 : 손해사정사 [[PERSON:표정훈]] (등록 제 {{license_number:3-2015-01882}} 호) / 작성일 {{date:2024-06-05}}"""},

{"id": "s5-g03-005", "kind": "payment_notice", "text": """[[PERSON:심유나]] 고객님께

청구하신 보험금이 아래와 같이 지급되었음을 안내드립니다.

 - 청구번호 : {{claim_number:C240918004417}}
 - 지급일 : {{date:2024년 9월 23일}}
 - 지급금액 : {{amount:437,800원}}
 - 입금계좌 : 신한 [[BANK_ACCOUNT:110-***-492031]]
 - 지급내역 : 입원의료비 412,800원 / 수술비 25,000원

지급 내용에 대해 궁금하신 점은 담당자 [[PERSON:추하나]] ({{extension:내선 3312}}) 또는 고객센터 {{public_number:1544-0114}}로 문의하세요."""},

{"id": "s5-g03-006", "kind": "chat_message", "text": """[카카오톡] [[PERSON:육미진]] 설계사님
{{date:2024년 2월 14일 수요일}}
나: 설계사님 저 어제 교통사고 났는데 ㅠㅠ 제 보험으로 운전자보험 청구 돼요?
[[PERSON:육미진]]: 어머 괜찮으세요?? 다치신덴 없구요? 네 부상치료비 나와요~ 진단서랑 교통사고사실확인원 보내주세요
나: 넵ㅠ 제 차는 [[KR_CAR_PLATE:38로 6604]]이고 상대는 택시였어요
[[PERSON:육미진]]: 상대 택시 번호도 아시면 알려주세요. 청구서에 주민번호 뒷자리도 필요해요
나: [[KR_RRN:951028-207311?]] 이에요 (카톡으로 보내도 되나 모르겠네요 ㅎ)
[[PERSON:육미진]]: 확인하고 메시지 지울게요!! 접수하면 문자 갑니다"""},

{"id": "s5-g03-007", "kind": "rental_contract", "text": """대차(렌터카) 임대차 계약서
계약번호 {{contract_number:RC-2405-11827}}       대여일시 {{date:2024.05.13 10:20}}   반납예정 {{date:2024.05.20 10:20}}
임차인 [[PERSON:국태양]]   생년월일 [[BIRTH_DATE:1979.05.31]]
운전면허 [[KR_DRIVER_LICENSE:11-04-325519-83]] (1종보통)   적성검사 만료 {{date:2029.12.31}}
제2운전자 [[PERSON:국지혜]]  면허 [[KR_DRIVER_LICENSE:서울 18-553012-40]]
주소 [[KR_ADDRESS:서울시 송파구 올림픽로 435, 파크리오 A동 1507호]]  연락처 [[PHONE_NUMBER:010-7712-0058]]
차량 [[KR_CAR_PLATE:45하 2381]] K5 (보험대차, 사고접수 {{claim_number:2405-00318}})
보증금 결제카드 [[CREDIT_CARD:5327 1804 3391 227?]]"""},

{"id": "s5-g03-008", "kind": "power_of_attorney", "text": """위 임 장  (보험금 청구 - 미성년자)

피보험자(미성년) : [[PERSON:소은채]] / 생년월일 [[BIRTH_DATE:2012.09.14]] / 초등학교 6학년
법정대리인(친권자) : 부 [[PERSON:소정헌]], 모 [[PERSON:탁수연]]
수 임 인 : [[PERSON:탁수연]] (모)  연락처 [[PHONE_NUMBER:010-6604-1298]]

위 피보험자의 {{date:2024. 03. 27.}} 발생한 상해사고(학교 계단 낙상)에 대한 보험금 청구 및 수령 일체를 위 수임인에게 위임합니다.
※ 친권자 1인이 청구하는 경우 다른 친권자의 동의서 첨부

{{date:2024년 4월 8일}}
위임인 부 [[PERSON:소정헌]] (서명)"""},

{"id": "s5-g03-009", "kind": "accident_statement", "text": """사고경위서
작성자 [[PERSON:남진혁]] / [[PHONE_NUMBER:010 7740 2281]]
차량 [[KR_CAR_PLATE:215다1047]] 모닝

{{date:9월 3일}} 아침 출근길에 용인 수지 풍덕천 사거리에서 신호대기중 뒤에서 추돌당함.
뒷차(흰색 SUV [[KR_CAR_PLATE:66 구 3120]]) 운전자분이 핸폰보다가 못봤다고 인정하셨고 현장에서 서로 연락처 교환함.
뒷차 운전자 성함 [[PERSON:엄기훈]], 번호 [[PHONE_NUMBER:O1O-3385-9012]] (받아적은거라 틀릴수있음)
목이랑 허리 뻐근해서 오후에 한의원감. 블랙박스 영상 있음.
"""},

{"id": "s5-g03-010", "kind": "email", "text": """보낸사람: [[PERSON:봉아름]] <[[EMAIL_ADDRESS:areum.bong@gmail.com]]>
받는사람: 치아보험 청구센터 <{{public_email:dentclaim@abc-life.co.kr}}>
날짜: {{date:2024년 11월 2일 (토) 오후 4:51}}
제목: [보험금청구] 임플란트 2개 청구 서류 보냅니다

안녕하세요, 피보험자 [[PERSON:봉아름]]입니다 (증권번호 {{policy_number:DT-0031-77820}}).
{{date:10월 11일}}, {{date:10월 25일}} 두 차례 임플란트 식립했고 치과 진료확인서, 영수증, 엑스레이 첨부합니다.
혹시 서류 부족하면 [[PHONE_NUMBER:010-4487-1120]]로 연락 주세요.
수령계좌는 기존 등록계좌(우리 [[BANK_ACCOUNT:1002-845-730218]])로 부탁드립니다.
[[PERSON:봉아름]] 드림"""},

{"id": "s5-g03-011", "kind": "complaint", "text": """금융민원 접수 (보험 - 부지급 이의)

민원인 : [[PERSON:함정숙]] (만 64세)
생년월일 : [[BIRTH_DATE:1960년 5월 2일]]
주소 : [[KR_ADDRESS:경기도 용인시 처인구 포곡읍 전대로 71-8]]
연락처 : 집 [[PHONE_NUMBER:031-339-4208]], 휴대 [[PHONE_NUMBER:010-5120-3377]]

민원 내용 :
남편 [[PERSON:김봉주]]가 {{date:2023년 12월}} 뇌출혈로 쓰러져 {{date:2024년 1월 9일}} 사망하였는데, 보험사는 가입 전 고혈압 고지의무 위반을 이유로 사망보험금 지급을 거절하였습니다.
가입 당시({{date:2019년}}) 설계사 [[PERSON:변선희]] 씨가 "약 먹는 건 안 적어도 된다"고 하였습니다. 녹취 확인을 요청합니다.
증권번호 : {{policy_number:2019-0731-448201}}"""},

{"id": "s5-g03-012", "kind": "insurance_claim", "text": """운전자보험 벌금·변호사선임비용 청구

피보험자  [[PERSON:예상훈]]  (HP [[PHONE_NUMBER:010-8823-1045]])
사고일  {{date:2024.01.05}}   사고 차량 [[KR_CAR_PLATE:152서 9930]]
사건번호  {{case_number:수원지방법원 2024고약1873}}
약식명령 벌금 {{amount:3,000,000원}} ({{date:2024.03.22}} 고지)
변호사 선임비 {{amount:5,500,000원}} (법무법인 ○○, 담당변호사 [[PERSON:신태호]])
첨부 : 약식명령등본, 납부영수증, 선임계약서
입금계좌 : 농협 [[BANK_ACCOUNT:302-1187-4420-51]] (예금주 본인)"""},

{"id": "s5-g03-013", "kind": "json_export", "text": """{
  "claimId": "{{claim_number:CLM-20240611-000173}}",
  "insured": {"name": "[[PERSON:연보람]]", "birth": "[[BIRTH_DATE:19920330]]", "mobile": "[[PHONE_NUMBER:01048823019]]"},
  "beneficiary": {"name": "[[PERSON:연보람]]", "bankCode": "088", "account": "[[BANK_ACCOUNT:140012994830]]"},
  "treatments": [
    {"date": "{{date:20240603}}", "hospital": "{{org_name:광교연세소아과}}", "amount": 14200},
    {"date": "{{date:20240607}}", "hospital": "{{org_name:광교연세소아과}}", "amount": 9800}
  ],
  "submittedAt": "{{date:2024-06-11T22:40:03+09:00}}",
  "clientIp": "[[IP_ADDRESS:2001:e60:8f21:3a0c:9d4:51ff:fe2a:77c1]]",
  "appVersion": "{{version:7.3.1}}"
}"""},

{"id": "s5-g03-014", "kind": "dispute_application", "text": """과실비율 분쟁심의 청구서

[청구 회사 측 피보험자]
운전자 [[PERSON:어지호]] / 차량번호 [[KR_CAR_PLATE:서울 27 조 5521]] / 면허번호 [[KR_DRIVER_LICENSE:130498127344]]
[상대 회사 측 피보험자]
운전자 [[PERSON:황선웅]] / 차량번호 [[KR_CAR_PLATE:123도4590]]

사고일시 : {{date:2024. 6. 30. 21:15}}
사고장소 : {{place_name:성남시 분당구 판교역로 / 운중로 교차로}} (비보호 좌회전 구간)
사고내용 : 청구측 차량 직진 중 상대 차량 비보호 좌회전하며 충돌
청구측 주장 과실 : 20 : 80  / 상대측 주장 : 40 : 60
접수번호 {{case_number:분심-2024-032871}}"""},

{"id": "s5-g03-015", "kind": "call_transcript", "text": """[상담 STT 자동기록 - 검수 전]
상담원: 네 고객님 본인 확인을 위해서 성함 말씀 부탁드립니다
고객: [[PERSON:모 경 자]]요 모가 모자할때 모
상담원: 네 [[PERSON:모경자]] 고객님 생년월일 여섯자리 말씀해주시겠어요
고객: [[BIRTH_DATE:오십구 공사 일팔]]이요
상담원: 네 확인됐습니다 연락 가능한 번호 변경하신다구요
고객: 네 [[PHONE_NUMBER:공일공 칠삼오이 공팔일구]]로 바꿔주세요
상담원: 네 변경 완료되었습니다. 청구 건은 접수번호 {{claim_number:이공이사 공칠 삼삼일}} 로 진행 중이십니다"""},

{"id": "s5-g03-016", "kind": "caregiver_receipt", "text": """간병인 사용 확인서 (간병비 영수증)

환자명 : [[PERSON:은종술]] (남, [[BIRTH_DATE:1948.10.07]])
입원병원 : {{org_name:용인세브란스병원}} 8층 병동
간병기간 : {{date:2024.02.03}} ~ {{date:2024.02.16}} (14일)
간병비 : 1일 130,000원 × 14일 = {{amount:1,820,000원}}

간병인 성명 : [[PERSON:리춘매]] (중국 국적)
외국인등록번호 : [[KR_FRN:660214-6******]]
연락처 : [[PHONE_NUMBER:010-3201-8847]]
입금계좌 : 하나은행 [[BANK_ACCOUNT:620-198342-71307]] ([[PERSON:리춘매]])

위 금액을 정히 영수합니다.  {{date:2024. 2. 16.}}   간병인 [[PERSON:리춘매]] (서명)"""},

{"id": "s5-g03-017", "kind": "claim_form_en", "text": """TRAVEL INSURANCE CLAIM FORM (Inbound)
Insured: [[PERSON:Olivia Grant]]     Nationality: AUS     Passport No.: [[KR_PASSPORT:PA4417302]]
Date of birth: [[BIRTH_DATE:03/11/1996]] (DD/MM/YYYY)
Address in Korea: [[KR_ADDRESS:Room 804, 17 Gwanggyojungang-ro, Yeongtong-gu, Suwon-si]]
Mobile in Korea: [[PHONE_NUMBER:010-9923-4105]]   E-mail: [[EMAIL_ADDRESS:liv.grant96@outlook.com]]
Description: slipped on stairs at {{place_name:Hwaseong Fortress}} on {{date:21 Oct 2024}}, sprained right ankle.
Treated at {{org_name:St. Vincent's Hospital}} ER, then orthopaedic OPD {{date:23 Oct 2024}}.
Emergency hotline (24h): {{public_number:+82-2-3140-1700}}"""},
]
