# Writer h, batch 05: farming and fishery subsidies, disaster relief claims.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s5-h05-001", "kind": "application", "text": """농업경영체 등록(변경) 신청서

[경영주]
 성명 [[PERSON:황인섭]]   주민등록번호 [[KR_RRN:570318-1******]]
 주소 [[KR_ADDRESS:용인시 처인구 이동읍 천리 289-6]]
 전화 [[PHONE_NUMBER:010-5503-7712]]
[공동경영주(배우자)]
 성명 [[PERSON:송복희]]   생년월일 [[BIRTH_DATE:1960-01-09]]
[경작 농지]
 ① [[KR_ADDRESS:처인구 이동읍 천리 301]] 답 {{statistic:3,306㎡}} 자경
 ② [[KR_ADDRESS:처인구 이동읍 묵리 56-2]] 전 {{statistic:1,180㎡}} 임차(임대인 [[PERSON:한기영]])
 주요 품목 : 벼, 고추
신청일 {{date:2025. 2. 17.}}   {{org_name:국립농산물품질관리원}} 용인사무소장 귀하"""},

{"id": "s5-h05-002", "kind": "payment_export", "text": """기본형 공익직불금 지급대상자(면적직불) — 처인구 남사읍 (발췌)
성명,생년월일,경작면적(㎡),지급단가,지급액,은행,계좌번호
[[PERSON:조판석]],[[BIRTH_DATE:1948-05-22]],{{statistic:8120}},{{amount:1360000}},농협,[[BANK_ACCOUNT:352-0918-4471-23]]
[[PERSON:이옥분]],[[BIRTH_DATE:1951-11-30]],{{statistic:2450}},{{amount:1300000}},단위농협,[[BANK_ACCOUNT:211093-52-117804]]
[[PERSON:맹 재 훈]],[[BIRTH_DATE:1972-03-04]],{{statistic:15600}},{{amount:2448000}},농협,[[BANK_ACCOUNT:3020-4418-9921-01]]
소농직불 대상 별도 / 작성 {{date:2025-10-20}} 산업과 [[PERSON:류다인]]"""},

{"id": "s5-h05-003", "kind": "worker_list", "text": """외국인 계절근로자 입국자 명단 (용인시, 2025 상반기 2차)
No | Name | Nationality | Date of Birth | Passport No. | 배정 농가
1 | [[PERSON:NGUYEN VAN TUAN]] | VNM | [[BIRTH_DATE:12/03/1994]] | [[KR_PASSPORT:C4418273]] | [[PERSON:안병구]] (시설채소)
2 | [[PERSON:PHAM THI HUONG]] | VNM | [[BIRTH_DATE:07/09/1997]] | [[KR_PASSPORT:C7720915]] | [[PERSON:안병구]] (시설채소)
3 | [[PERSON:BATBAYAR GANZORIG]] | MNG | [[BIRTH_DATE:23.01.1989]] | [[KR_PASSPORT:E1908344]] | 백암농원([[PERSON:임수창]])
4 | [[PERSON:DELA CRUZ, JOSE]] | PHL | [[BIRTH_DATE:1991-08-15]] | [[KR_PASSPORT:P3301927B]] | 백암농원([[PERSON:임수창]])
입국일 {{date:2025.04.03}} / 체류기간 {{date:~2025.11.02}} / 숙소 점검 {{date:4월 둘째 주}}
고용주 백암농원 사업자등록번호 [[KR_BRN:401-07-2284?]]"""},

{"id": "s5-h05-004", "kind": "permit_application", "text": """내수면어업 신고서 (신고어업)
신고인: [[PERSON:곽정래]]  ({{date:2025. 3. 4.}} 접수)
생년월일: [[BIRTH_DATE:1964. 9. 11]]
주소: [[KR_ADDRESS:용인시 처인구 포곡읍 둔전로 114-3]]
어업의 종류: 정치망(각망)   수면: 송전저수지 일원
어선: 무동력선 1척 (선명 {{code:송전 3호}}, 등록 {{code:처인-내수-0221}})
유효기간: {{date:2025.03.10}} ~ {{date:2030.03.09}}"""},

{"id": "s5-h05-005", "kind": "disaster_claim", "text": """자연재난 피해신고서 (사유재산)
재난명 : 2025.7월 집중호우
피해자 : [[PERSON:모상현]]   주민등록번호 [[KR_RRN:810726-155723?]]
피해장소 : [[KR_ADDRESS:수원시 권선구 호매실로 104번길 38, 지하1층 B02호]]
피해일시 : {{date:2025. 7. 17. 02:00경}}
피해내용 : 주택 침수(반지하, 수위 {{statistic:70cm}}), 냉장고·세탁기·보일러 파손
세대원 : 배우자 [[PERSON:오나경]]([[BIRTH_DATE:83.02.19]]), 자녀 [[PERSON:모지율]]([[BIRTH_DATE:2016.10.04]])
지원금 입금계좌 : 기업은행 [[BANK_ACCOUNT:010-8821-4402]] (예금주 [[PERSON:모상현]] 본인)
신고인 연락처 : [[PHONE_NUMBER:010-8821-4402]]
※ 계좌번호를 휴대폰번호로 쓰는 평생계좌임"""},

{"id": "s5-h05-006", "kind": "application", "text": """소상공인 재해지원금(풍수해) 신청
상호: 해오름식당   대표: [[PERSON:남궁 영]]
사업자등록번호: [[KR_BRN:124-25-9087?]]   개업일: {{date:2017.05.22}}
사업장: [[KR_ADDRESS:수원시 장안구 정조로 954, 1층]]
피해: {{date:7/17}} 새벽 침수로 주방기기, 식자재 폐기 / 영업중단 6일
매출 증빙: 카드매출 가맹점 정산내역 첨부 (가맹점번호 {{merchant_number:00912834711}})
연락처 [[PHONE_NUMBER:010-4473-2201]], [[EMAIL_ADDRESS:haeoreum954@naver.com]]"""},

{"id": "s5-h05-007", "kind": "email", "text": """제목: 재난지원금 미지급 이의신청

담당자님 안녕하세요.
[[KR_ADDRESS:성남시 중원구 상대원동 2221-8 1층]]에 사는 [[PERSON:표은주]]입니다. 같은 골목 다른 집들은 다 받았는데 저희만 '피해 확인 불가'로 나왔습니다. 조사 나오신 날({{date:7월 22일}}) 제가 출근해서 집에 없었고 남편 [[PERSON:진수]]가 사진만 보여드렸는데 그게 문제였나요?
다시 현장 확인 부탁드립니다. 오후 6시 이후 [[PHONE_NUMBER:010-2901-5567]]로 연락주세요.
[[PERSON:표은주]] 올림"""},

{"id": "s5-h05-008", "kind": "checklist", "text": """침수차량 피해 확인서 발급 대장
{{date:07.18}} / [[KR_CAR_PLATE:157더 4402]] / 소유자 [[PERSON:윤한결]] / 지하주차장 침수 / 보험사 접수 {{claim_number:2507-118830}}
{{date:07.18}} / [[KR_CAR_PLATE:32나 1508]] / 소유자 [[PERSON:은소영]] / 노상 침수(엔진) / 자차보험 없음
{{date:07.19}} / [[KR_CAR_PLATE:경기 91 바 2275]] / 소유자 (주)한빛물류 {{business_number:135-81-55023}} / 영업용, 법인차량
확인자 : 권선구 안전건설과 [[PERSON:길상우]]"""},

{"id": "s5-h05-009", "kind": "rental_form", "text": """농기계 임대 신청서 (처인구 농기계임대사업소)
신청인 : [[PERSON:선재권]] / [[BIRTH_DATE:1975.06.30]] / [[PHONE_NUMBER:010-6627-1340]]
주소 : [[KR_ADDRESS:처인구 원삼면 사암리 602-1]]
운전면허 : 1종 보통 [[KR_DRIVER_LICENSE:경기 05-418293-11]]
임대 기종 : 트랙터 로터리(60마력), 퇴비살포기
임대기간 : {{date:4/10}} ~ {{date:4/12}} (3일)   임대료 {{amount:90,000원}}
운반 : 자가 트럭([[KR_CAR_PLATE:94버 3318]])"""},

{"id": "s5-h05-010", "kind": "application", "text": """귀농 농업창업 및 주택구입 지원사업 신청서
신청자 [[PERSON:우태경]] ([[BIRTH_DATE:1979년 12월 5일]]생)
  배우자 [[PERSON:한다솜]] ([[BIRTH_DATE:1984년 3월 18일]]생)
이주 전 주소 : [[KR_ADDRESS:서울특별시 송파구 올림픽로 435, 파크리오 215동 2001호]]
이주 후 주소 : [[KR_ADDRESS:용인시 처인구 양지면 추계리 87-5]]
전입일 : {{date:2024.11.14}}
귀농교육 이수 : {{statistic:128시간}} (농업기술센터)
희망 작목 : 블루베리
사업계획 : 창업 {{amount:2억}}, 주택 {{amount:7,500만}}"""},

{"id": "s5-h05-011", "kind": "shelter_list", "text": """임시주거시설 입소자 현황 ({{place_name:수원 서호초등학교 체육관}}) {{date:7/17 18시}} 기준
성명      나이  생년월일     비고
[[PERSON:편영순]]    83   [[BIRTH_DATE:1942.04.10]]   고혈압 약 복용
[[PERSON:편승철]]    56   [[BIRTH_DATE:1969.01.26]]   아들(보호자)
[[PERSON:Olga Kim]]  47   [[BIRTH_DATE:1978.07.07]]   고려인, 러시아어
[[PERSON:하윤]]      6    [[BIRTH_DATE:2019.05.31]]   보호자 [[PERSON:석민아]]
[[PERSON:석민아]]    34   [[BIRTH_DATE:1991.02.14]]   
총 {{statistic:37명}} 입소 (남 15 / 여 22)"""},

{"id": "s5-h05-012", "kind": "sms", "text": """[Web발신]
(용인시) [[PERSON:문*희]]님 재난 긴급생계비 {{amount:1,000,000원}}이 {{date:08월 05일}} 신청하신 계좌(신협 [[BANK_ACCOUNT:***-***-**9182]])로 입금될 예정입니다. 문의 {{public_number:031-6193-1220}}"""},

{"id": "s5-h05-013", "kind": "application", "text": """청년농업인 영농정착지원사업 신청서
1. 신청자 인적사항
 - 성명 : [[PERSON:여준서]]
 - 생년월일 : [[BIRTH_DATE:2000. 04. 02]] (만 25세)
 - 휴대폰 : [[PHONE_NUMBER:010-3314-8820]]
 - 이메일 : [[EMAIL_ADDRESS:js.yeo2000@gmail.com]]
 - 주소 : [[KR_ADDRESS:용인시 처인구 백암면 백암로 201번길 17-4]]
2. 영농경력 : 독립경영 {{date:2024.03}}~ (부모님 [[PERSON:여상철]] 농장 종사 5년)
3. 지원금 수령 계좌 : 농협 [[BANK_ACCOUNT:356-2200-4187-53]]
4. 학력 : {{org_name:한국농수산대학교}} 채소학과 (학번 [[STUDENT_ID:19-2-0417]])"""},

{"id": "s5-h05-014", "kind": "chat", "text": "이장님 미국선녀벌레 방제약 신청 저도 해주세요 [[PERSON:상철]]이네 옆 복숭아밭 [[PERSON:구만호]]예요 [[BIRTH_DATE:57]]년생 닭띠 ㅎㅎ 전화 [[PHONE_NUMBER:010 5821 3309]]"},

{"id": "s5-h05-015", "kind": "card_charge", "text": """경기지역화폐 재난기본소득 충전 내역 (콜센터 상담 메모)
고객 : [[PERSON:권순철]] / 본인확인 생년월일 [[BIRTH_DATE:1966-10-31]]
충전카드 : 경기지역화폐(체크) [[CREDIT_CARD:5327-4410-8823-190?]]
충전일시 : {{date:2025-08-11 09:02}} / 충전액 {{amount:100,000원}}
문의사항 : 타 지역(서울)에서 사용 안 됨 → 사용처 안내
기존 분실카드 [[CREDIT_CARD:5327-44**-****-7721]] 사용정지 확인
상담원 사번 [[EMPLOYEE_ID:GC-0932]] / 통화번호 {{call_id:20250811-004417}}"""},

{"id": "s5-h05-016", "kind": "form", "text": """농어업인 고용보험 지원 — 공제 가입 확인
가입자 [[PERSON:홍순례]] 생 [[BIRTH_DATE:1955. 8. 1.]]
주소 [[KR_ADDRESS:처인구 남사읍 완장리 333-7]]
어업(양식) 겸업 / 가입일 {{date:2025. 3. 1.}}
보험료 자부담 {{amount:월 12,400원}} (지원 80%)"""},

{"id": "s5-h05-017", "kind": "disaster_claim", "text": """폭설 피해 비닐하우스 복구비 신청 현황 (백암면)
[[PERSON:김영팔]]  [[KR_ADDRESS:백암면 석천리 45]]  단동 3동 전파  {{amount:18,300,000}}  ☎ [[PHONE_NUMBER:031-333-0418]]
[[PERSON:기숙자]]  [[KR_ADDRESS:백암면 용천리 산12-3]]  연동 1동 반파  {{amount:9,100,000}}  ☎ [[PHONE_NUMBER:010-9127-4006]]
[[PERSON:이만길]]  [[KR_ADDRESS:백암면 가창리 118-2]]  축사 지붕  {{amount:6,750,000}}  ☎ 없음(딸 [[PERSON:이수정]] [[PHONE_NUMBER:010-2770-8813]])
피해일 {{date:2024.11.27~28}} / 조사 {{date:12.2~12.6}}"""},
]
