# Writer q, batch 06: wage arrears complaints. CC0 1.0, all invented.
DOCS = [
{"id": "s8-q06-001", "kind": "minwon", "text": """[민원 제목] 편의점 알바비 3개월째 못 받고 있습니다

안녕하세요. 저는 [[KR_ADDRESS:수원시 권선구 권광로 146번길 9]]에 있는 {{org_name:GS25 권선시장점}}에서 {{date:2024년 12월}}부터 {{date:2025년 2월}}까지 일한 [[PERSON:임채원]]이라고 합니다. 점주 [[PERSON:황인철]] 씨가 "다음 달에 준다"고만 하고 총 {{amount:1,842,000원}}을 안 주고 있어요. 카톡도 읽씹합니다. 어디에 신고해야 하는지 알려주세요.
연락처 [[PHONE_NUMBER:010-5583-0217]] / 생년월일 [[BIRTH_DATE:2004.04.29]]"""},
{"id": "s8-q06-002", "kind": "wage_claim_form", "text": """임금체불 진정서

진정인
 성명: [[PERSON:Rahmatov Sherzod]]   국적: 우즈베키스탄
 외국인등록번호: [[KR_FRN:870914-5307215]]
 주소: [[KR_ADDRESS:경기도 화성시 향남읍 발안로 37-2, 202호]]
 전화: [[PHONE_NUMBER:010-2971-4468]]
피진정인
 사업장명: {{org_name:대명금속}}   대표자: [[PERSON:권영태]]
 사업자등록번호: [[KR_BRN:143-11-2209?]]
 소재지: [[KR_ADDRESS:화성시 팔탄면 포승향남로 2870-14]]
진정내용: {{date:2025.01.01.~2025.03.15.}} 임금 {{amount:6,240,000원}} 및 퇴직금 미지급
제출일: {{date:2025. 3. 27.}}   제출처: {{org_name:중부지방고용노동청 경기지청}}"""},
{"id": "s8-q06-003", "kind": "counsel_record", "text": """[노동상담 기록지] 상담일 {{date:2025-04-03}}  상담자: 노무사 [[PERSON:마은숙]]
내담자: [[PERSON:표○철]] (M, [[BIRTH_DATE:70년]]생)  연락: [[PHONE_NUMBER:010-****-5730]]
내용: 건설현장 일용직, 하도급업체 {{org_name:(주)태성건설}} 대표 잠적. 동료 [[PERSON:김상구]], [[PERSON:조태민]] 등 7명 체불 약 {{amount:2,100만원}}.
조치: 체불임금 확인서 발급 절차 안내, 소액체당금 신청 안내."""},
{"id": "s8-q06-004", "kind": "email", "text": """수신: 성남시 노동권익센터 <{{public_email:labor@seongnam.go.kr}}>
제목: 임금체불 상담 신청

안녕하세요. 성남 {{place_name:모란시장}} 근처 식당에서 주방보조로 일했던 [[PERSON:오금순]]이라고 합니다. 사장님이 마지막 달 월급 150만원을 안 주셨는데 근로계약서도 없습니다. 통장 입금 내역은 있어요(농협 [[BANK_ACCOUNT:302-0218-7741-91]]).
상담 가능 시간 알려주시면 방문하겠습니다.

[[PERSON:오금순]] 올림 / [[PHONE_NUMBER:010 3927 6158]]
[[KR_ADDRESS:성남시 중원구 광명로 221-3 (금광동) 지층]]"""},
{"id": "s8-q06-005", "kind": "sms", "text": """[고용노동부] [[PERSON:임채원]]님 진정사건({{case_number:2025-수원-0418}}) 출석조사 일정: {{date:4.22(화) 14시}} 경기지청 3층 근로개선지도2과. 담당 감독관 [[PERSON:도예슬]]"""},
{"id": "s8-q06-006", "kind": "arrears_confirmation", "text": """체불임금등·사업주 확인서

근로자: [[PERSON:신광수]] ([[BIRTH_DATE:1966. 3. 18.]]생)
입사일 {{date:2022. 6. 1.}}  퇴직일 {{date:2025. 2. 28.}}
체불임금: {{amount:4,350,000원}}   체불퇴직금: {{amount:7,920,000원}}
사업장: {{org_name:용인정밀화학}} / [[KR_ADDRESS:용인시 처인구 이동읍 백옥대로 1154]]
발급일 {{date:2025. 4. 10.}}  근로감독관 [[PERSON:황보승현]]
사건번호 {{case_number:2025-진정-01832}}"""},
{"id": "s8-q06-007", "kind": "kakao_capture_ocr", "text": """<캡처 이미지 OCR 결과 - 오인식 포함>
사징님 [[PERSON:정다솜]]이에요 2월 급어 아직 안들어왔는대요
언제 주실수 있나요 ..
제 계좌 [[BANK_ACCOUNT:1OO2-93l-448206]] 우리은행이에요
(읽음) 오후 11:02"""},
{"id": "s8-q06-008", "kind": "group_claim_roster", "text": """집단진정 참여자 명단 ({{org_name:㈜한빛크린}} 청소용역 노동자)
No | 이름 | 출생 | 휴대폰 | 체불액
1 | [[PERSON:문옥자]] | [[BIRTH_DATE:1959]] | [[PHONE_NUMBER:010-7710-3382]] | {{amount:3,480,000}}
2 | [[PERSON:지경희]] | [[BIRTH_DATE:1962]] | [[PHONE_NUMBER:010-4471-9203]] | {{amount:3,480,000}}
3 | [[PERSON:Nguyen Van Thanh]] | [[BIRTH_DATE:1985]] | [[PHONE_NUMBER:010-5092-1147]] | {{amount:2,910,000}}
4 | [[PERSON:배순덕]] | [[BIRTH_DATE:1957]] | 없음(딸 [[PHONE_NUMBER:010-2238-0471]]) | {{amount:3,120,000}}
대표 진정인: [[PERSON:문옥자]]"""},
{"id": "s8-q06-009", "kind": "minwon_reply", "text": """[[PERSON:오금순]]님 안녕하십니까. 성남시 노동권익센터입니다.
요청하신 상담은 {{date:4월 17일(목) 오전 10시}}로 예약되었습니다(예약번호 {{reservation_number:SNL-0417-03}}). 센터 위치: {{place_name:성남시청 민원동 2층}}.
담당 공인노무사 [[PERSON:김재윤]] / 직통 [[PHONE_NUMBER:031-729-2691]]"""},
{"id": "s8-q06-010", "kind": "oneliner", "text": """체불 신고: 카페 사장 [[PERSON:송준기]]? 아니고 [[PERSON:송준희]] (차 [[KR_CAR_PLATE:12가3456]] 타고 다님) 주휴수당 안줌"""},
{"id": "s8-q06-011", "kind": "payment_order_excerpt", "text": """지급명령 신청서(발췌)
채권자 [[PERSON:임채원]] ([[KR_RRN:040429-4******]]) [[KR_ADDRESS:수원시 권선구 호매실로 104-9, 301호]]
채무자 [[PERSON:황인철]] ([[KR_RRN:750308-1******]]) [[KR_ADDRESS:수원시 권선구 권광로 146번길 9]]
청구금액 {{amount:금 1,842,000원}} 및 지연손해금"""},
{"id": "s8-q06-012", "kind": "tsv_export", "text": """접수번호	진정인	사업장	체불액	처리상태	담당
{{case_number:1250-04-0091}}	[[PERSON:권나래]]	{{org_name:수원세차장}}	{{amount:980000}}	지급완료	[[PERSON:도예슬]]
{{case_number:1250-04-0092}}	[[PERSON:Kim Yong-su]]	{{org_name:대한포장}}	{{amount:5200000}}	행정종결	[[PERSON:윤지한]]
{{case_number:1250-04-0093}}	[[PERSON:안현숙]]	{{org_name:미소요양원}}	{{amount:2630000}}	조사중	[[PERSON:도예슬]]"""},
]
