# Writer n, batch 05: 태풍·호우 피해 신고, 재난지원금, 구호. Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s15-n05-001", "kind": "disaster_damage_report", "text": """자연재난 피해신고서 (주택)

재난명: {{date:2024. 7. 17.~7. 19.}} 호우
신고인: [[PERSON:곽순영]]   주민등록번호: [[KR_RRN:580930-229104?]]
피해주소: [[KR_ADDRESS:경기도 용인시 처인구 남사읍 완장리 188-4]]
연락처: [[PHONE_NUMBER:010-3319-5072]]
피해내용: 뒷산 토사 유출로 안방·부엌 침수(바닥에서 {{amount:40cm}}), 보일러 고장
피해발생일시: {{date:2024.07.18. 05:30}}경
세대원: 본인, 남편 [[PERSON:나기운]]([[BIRTH_DATE:1955.04.02]]), 손녀 [[PERSON:나하은]]([[BIRTH_DATE:2012.08.19]])
지원금 입금 희망 계좌: 농협 [[BANK_ACCOUNT:352-1840-7713-23]] (예금주 본인)
신고일 {{date:2024.07.19.}}  접수번호 {{receipt_number:NDMS-2024-41461-00812}}
"""},
{"id": "s15-n05-002", "kind": "field_survey_sheet", "text": """주택침수 현장조사표
조사일시: {{date:7/20}} {{time:10:40}}  조사자: 남사읍 [[PERSON:변지호]], [[PERSON:송채린]]
소유자/거주자: [[PERSON:곽순영]] / 동일
주소: [[KR_ADDRESS:남사읍 완장리 188-4]] (단독, 조적조, {{amount:66㎡}})
판정: 침수 (주거공간 침수 확인, 사진 12매)
특이사항: 거주자 고령([[BIRTH_DATE:58]]년생), 손녀 동거. 옆집 [[KR_ADDRESS:완장리 188-7]] [[PERSON:도귀남]] 씨 댁도 마당까지 물 들어왔으나 주거 침수 아님 → 대상외
확인자 서명: [[PERSON:곽순영]] (자필)
"""},
{"id": "s15-n05-003", "kind": "relief_payment_csv", "text": """재난지원금_지급명단_호우_0812.csv
순번,피해유형,성명,생년월일,피해주소,은행,계좌번호,지급액
1,주택침수,[[PERSON:곽순영]],[[BIRTH_DATE:19580930]],[[KR_ADDRESS:남사읍 완장리 188-4]],농협,[[BANK_ACCOUNT:352-1840-7713-23]],{{amount:3000000}}
2,주택반파,[[PERSON:표말녀]],[[BIRTH_DATE:19470211]],[[KR_ADDRESS:남사읍 북리 62-1]],우체국,[[BANK_ACCOUNT:013455-02-177209]],{{amount:9500000}}
3,주택침수,[[PERSON:Pham Thi Lan]],[[BIRTH_DATE:19950604]],"[[KR_ADDRESS:이동읍 천리 301-5, 나동 2호]]",기업,[[BANK_ACCOUNT:010-114588-01-017]],{{amount:3000000}}
4,소상공인,[[PERSON:이재철]],[[BIRTH_DATE:19690312]],[[KR_ADDRESS:남사읍 봉무로 221 1층]],신한,[[BANK_ACCOUNT:100-031-882046]],{{amount:2000000}}
합계,,,,,,,{{amount:17500000}}
"""},
{"id": "s15-n05-004", "kind": "crop_damage_report", "text": """농업재해 피해 신고 (농작물·시설)
경영주: [[PERSON:권태식]] ([[BIRTH_DATE:1961. 3. 15]])  경영체 {{registration_number:1004-2281-330}}
주소: [[KR_ADDRESS:처인구 남사읍 아곡리 301]]
연락처: [[PHONE_NUMBER:010-8847-0213]]

피해 필지 | 작목 | 피해면적 | 피해율 | 내용
[[KR_ADDRESS:아곡리 305-8]] | 오이(시설) | {{amount:1,650㎡}} | {{statistic:100%}} | 비닐하우스 3동 전파
[[KR_ADDRESS:아곡리 306]] | 벼 | {{amount:3,300㎡}} | {{statistic:40%}} | 도복·침수
[[KR_ADDRESS:아곡리 산 2-1]] | 밤 | {{amount:5,000㎡}} | {{statistic:25%}} | 낙과
피해일 {{date:2024-09-21}} (태풍 풀라산 영향) / 신고기한 {{date:10.1.}}
"""},
{"id": "s15-n05-005", "kind": "vehicle_flood_claim", "text": """차량 침수 피해 사실 확인 요청
요청인: [[PERSON:송재민]] / [[PHONE_NUMBER:010-5582-0339]]
차량번호: [[KR_CAR_PLATE:128다 5174]] (쏘렌토), 배우자 차량 [[KR_CAR_PLATE:경기 54 저 1183]] (포터2)
침수장소: 이동읍 송전리 송전교 아래 둔치 주차장 ({{place_name:송전교 둔치주차장}})
침수일시: {{date:2024.07.18}} {{time:새벽 4시}} 전후
보험사 사고접수번호 {{case_number:240718-0412-7731}} / 보험증권 {{policy_number:1-2024-4471023}}
※ 시 재난안전상황실 확인서 필요하다고 해서 요청드립니다.
"""},
{"id": "s15-n05-006", "kind": "call_log", "text": """[재난안전상황실 전화접수부] {{date:2024-07-18}}
04:52 남사읍 완장리 [[PERSON:곽순영]](여, 60대) [[PHONE_NUMBER:010-3319-5072]] 뒷산 흙 내려와 집에 물 들어옴 → 119 공동대응
05:07 이동읍 [[PERSON:구본철]] [[PHONE_NUMBER:01066430928]] 저수지 수위 높음, 어구 유실 우려
05:31 익명 "[[KR_ADDRESS:백암면 근창리 17-3]] 앞 다리 잠김" 발신 [[PHONE_NUMBER:031-332-****]]
06:15 원삼면 [[PERSON:류정숙]] 이장 고당2리 도로 통제 요청
※ 119 이첩 {{statistic:3건}}, 도로과 이첩 {{statistic:2건}}
"""},
{"id": "s15-n05-007", "kind": "shelter_roster", "text": """임시주거시설 입소자 명단 - {{place_name:남사읍 완장리 마을회관}}
입소 {{date:7.18 08:00}} ~ 

세대 | 성명 | 생년월일 | 관계 | 비고
1 | [[PERSON:곽순영]] | [[BIRTH_DATE:580930]] | 세대주 | 
1 | [[PERSON:나기운]] | [[BIRTH_DATE:550402]] | 배우자 | 고혈압 약 복용
1 | [[PERSON:나하은]] | [[BIRTH_DATE:120819]] | 손녀 | 초6
2 | [[PERSON:표말녀]] | [[BIRTH_DATE:470211]] | 세대주 | 거동불편, 아들 [[PERSON:이동훈]] [[PHONE_NUMBER:010-7301-2468]]
3 | [[PERSON:Pham Thi Lan]] | [[BIRTH_DATE:950604]] | 세대주 | 베트남, 통역 필요
3 | [[PERSON:응우옌 민 안]] | [[BIRTH_DATE:200315]] | 자녀 | 
구호물품: 응급구호세트 {{statistic:3세트}}, 담요 {{statistic:8장}}
"""},
{"id": "s15-n05-008", "kind": "objection_letter", "text": """재난지원금 산정 이의신청

수신: 용인시장 (안전총괄과)
제목: 비닐하우스 피해 산정 금액 이의

저는 남사읍 아곡리에서 오이 농사 짓는 [[PERSON:권태식]]입니다. {{date:10월 14일}} 받은 통지서에 하우스 3동 중 1동만 전파로 되어 있는데, 현장 조사 때 [[PERSON:변지호]] 주무관님이 분명 3동 다 전파라고 하셨습니다. 사진 다시 첨부합니다.
재조사 부탁드리며 연락은 아들 [[PERSON:권도윤]]([[PHONE_NUMBER:010-2258-7031]], [[EMAIL_ADDRESS:doyoon.kwon@kakao.com]])에게 해 주세요.

{{date:2024. 10. 17.}}  신청인 [[PERSON:권태식]] (인)
"""},
{"id": "s15-n05-009", "kind": "local_currency_card", "text": """재난지원금(지역화폐 충전) 지급 확인서
수령인: [[PERSON:이재철]] (소상공인, 사업자 [[KR_BRN:142-14-3391?]])
충전카드: 용인와이페이 [[CREDIT_CARD:6019-1023-8841-207?]]
충전액: {{amount:2,000,000원}}  충전일: {{date:2024.08.14}}
사용기한: {{date:2025.02.28}}까지 (미사용분 환수)
확인자: 남사읍 [[PERSON:송채린]] (직원번호 [[EMPLOYEE_ID:2021-0587]])
"""},
{"id": "s15-n05-010", "kind": "foreign_worker_housing", "text": """외국인 계절근로자 숙소(컨테이너) 침수 피해 보고
고용주: [[PERSON:권태식]] (사업자 [[KR_BRN:135-90-7720?]], 오이 시설재배)
숙소 위치: [[KR_ADDRESS:처인구 남사읍 아곡리 305-10]] (컨테이너 2동)
거주 근로자:
 - [[PERSON:BATBAYAR GANBOLD]] (몽골) 외국인등록번호 [[KR_FRN:890417-5081223]] / 여권 [[KR_PASSPORT:E1930478]]
 - [[PERSON:ENKHTUYA DORJ]] (몽골) 외국인등록번호 [[KR_FRN:930112-6******]] / 여권 [[KR_PASSPORT:E2048815]]
 - [[PERSON:Maria Santos Reyes]] (필리핀) [[KR_FRN:000728-8******]] / 여권 [[KR_PASSPORT:P4720195B]]
조치: {{date:7.18}}~{{date:7.22}} 남사읍 다목적회관 임시 숙박, 체류지 변경 불필요
출입국 안내번호 {{public_number:1345}}
"""},
{"id": "s15-n05-011", "kind": "storm_insurance_claim", "text": """풍수해보험 보험금 청구서
피보험자: [[PERSON:표말녀]]  주민번호: [[KR_RRN:470211-2******]]
보험목적물 소재지: [[KR_ADDRESS:경기 용인시 처인구 남사읍 북리 62-1]]
증권번호: {{policy_number:PA2023-0718842}}  가입일 {{date:2023.11.02}}
사고일: {{date:2024.07.18}} / 사고내용: 주택 반파(벽체 균열, 지붕 파손)
청구인(대리): 아들 [[PERSON:이동훈]] [[PHONE_NUMBER:010-7301-2468]]
보험금 수령계좌: [[BANK_ACCOUNT:013455-02-177209]] (우체국, 예금주 [[PERSON:표말녀]])
"""},
{"id": "s15-n05-012", "kind": "email_with_headers", "text": """Received: from mail-qk1-f170.google.com ([[IP_ADDRESS:209.85.222.170]])
X-Originating-IP: [[[IP_ADDRESS:175.223.19.41]]]
From: "[[PERSON:송재민]]" <[[EMAIL_ADDRESS:jaemin.song1987@gmail.com]]>
To: {{public_email:safety@yongin.go.kr}}
Date: {{date:Fri, 19 Jul 2024 22:41:16 +0900}}
Subject: 차량 침수 사진 첨부합니다

안녕하세요 어제 전화드린 [[PERSON:송재민]]입니다. 차량 두 대 사진 첨부합니다. 제 생년월일은 [[BIRTH_DATE:1987.06.25]] 이고 확인서 나오면 이 메일로 보내주세요.
"""},
{"id": "s15-n05-013", "kind": "volunteer_roster", "text": """수해복구 대학생 자원봉사단 명단 ({{date:7/23}} 남사읍 완장리 투입)
이름 / 학교 / 학번 / 연락처
[[PERSON:조은별]] / 용인대 / [[STUDENT_ID:20221847]] / [[PHONE_NUMBER:010-4390-2261]]
[[PERSON:한승우]] / 강남대 / [[STUDENT_ID:202104316]] / [[PHONE_NUMBER:010-9981-0437]]
[[PERSON:Amir Rahimov]] / 단국대(교환) / [[STUDENT_ID:72240113]] / [[PHONE_NUMBER:010-2047-5538]]
인솔: 용인시자원봉사센터 [[PERSON:길소연]] 팀장 / 센터 {{public_number:031-323-6000}}
봉사시간 인정: {{time:8시간}} (1365 등록)
"""},
{"id": "s15-n05-014", "kind": "survey_team_roster", "text": """호우 피해 합동조사반 편성표
반 | 반장 | 반원 | 담당지역
1반 | [[PERSON:모성준]] 팀장 ([[EMPLOYEE_ID:19990412]]) | [[PERSON:변지호]]([[EMPLOYEE_ID:20190715]]), [[PERSON:송채린]]([[EMPLOYEE_ID:2021-0587]]) | 남사읍 완장·북리
2반 | [[PERSON:구은비]] ([[EMPLOYEE_ID:20170103]]) | [[PERSON:류경태]](건축사), [[PERSON:심다혜]] | 원삼면 고당·문촌
3반 | 농업기술센터 [[PERSON:탁윤기]] | 농협 손해평가사 1명 | 백암·양지 농작물
조사기간 {{date:7.20.~7.26.}} / 결과 입력 NDMS {{date:7.29.}}까지
"""},
{"id": "s15-n05-015", "kind": "death_relief_payment", "text": """재난지원금(사망·실종자 구호금) 지급 결정
사망자: [[PERSON:도귀남]] (남, [[BIRTH_DATE:1949년 8월 6일]]생)
사망일시: {{date:2024. 7. 18.}} 추정 / 장소: 남사읍 완장리 농수로
유족 대표: [[PERSON:도영식]] (장남), 주민등록번호 [[KR_RRN:731104-140229?]]
주소: [[KR_ADDRESS:수원시 권선구 금곡로 102, 엘지빌리지 104-1503]]
지급액: {{amount:20,000,000원}} / 지급계좌 [[BANK_ACCOUNT:110-338-290115]] 신한
결정일 {{date:2024.08.05}} 문서번호 {{document_number:안전총괄과-33127}}
"""},
{"id": "s15-n05-016", "kind": "chat_message", "text": """이장님~ 저 완장리 [[PERSON:순영]]이에요 ㅠㅠ 면사무소에서 피해사진 더 보내라는데 어디로 보내요?? 카톡으로 보내면 되나 ㅠ 아저씨 폰 번호 [[PHONE_NUMBER:010 3319 5072]] 말고 우리 손녀 [[PERSON:하은]]이 폰으로 연락와요 [[PHONE_NUMBER:010-6120-0819]]"""},
{"id": "s15-n05-017", "kind": "sms_notice", "text": """[용인시] 호우 피해 재난지원금 {{amount:300만원}}이 {{date:8.12.(월)}} [[PERSON:곽*영]]님 계좌로 입금되었습니다. 문의 남사읍 {{public_number:031-6193-8020}}"""},
{"id": "s15-n05-018", "kind": "recovery_cost_approval", "text": """재해복구비(사유시설) 지급 결재
문서번호: {{document_number:남사읍-9021}} / 기안 {{date:2024. 8. 9.}} / 결재 {{date:2024. 8. 10.}}
1. 지급대상: 주택 {{statistic:14세대}}, 농작물 {{statistic:37농가}}, 소상공인 {{statistic:6곳}}
2. 주요 대상자: [[PERSON:표말녀]](반파 {{amount:950만원}}), [[PERSON:권태식]](시설 전파 {{amount:1,140만원}})
3. 지급일: {{date:8. 12.}}
4. 재원: 국비 {{statistic:70%}} 도비 {{statistic:9%}} 시비 {{statistic:21%}}
5. 반납 시 세입계좌 {{public_account:농협 301-5518-0022-71}}
기안자 [[PERSON:송채린]]
"""},
{"id": "s15-n05-019", "kind": "proxy_power_of_attorney", "text": """위 임 장

위임인 [[PERSON:하말순]] ([[BIRTH_DATE:1939.12.01]]), [[KR_ADDRESS:원삼면 독성리 92]]
수임인 [[PERSON:진태근]] (고당1리 이장), [[KR_ADDRESS:원삼면 고당리 108-2]], 운전면허 [[KR_DRIVER_LICENSE:1306431229-70]]
위임 내용: {{date:2024년 7월}} 호우로 인한 농작물(들깨) 피해 신고 및 재해대책비 신청 일체
위임인이 고령으로 거동이 어려워 위와 같이 위임함.
{{date:2024. 7. 24.}}  위임인 [[PERSON:하말순]] (무인)
"""},
]
