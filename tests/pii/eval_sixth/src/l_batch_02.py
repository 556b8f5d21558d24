# Writer l, batch 02: OCR of scanned faxes and handwritten forms.
# All values invented. CC0 1.0.

DOCS = [
{"id": "s6-l02-001", "kind": "ocr_fax", "text": """FROM : {{public_number:031 8O24 1170}}        {{date:2O24年 O5月 13日}} O9:12      P. 1/2
수 신 : 수원시 장안구청 세무과
발 신 : [[PERSON:정 명 호]] 세무사 사무소
제 목 : 취득세 경정청구 관련 자료 송부

납세자 성명  [[PERSON:류 경 자]]       주민등록번호  [[KR_RRN:5403l2-2O77164]]
주    소      [[KR_ADDRESS:수원시 장안구 정자천로 l88번길 2O, 2동 3O1호]]
연 락 처      [[PHONE_NUMBER:O1O-7742-l9O5]]
※ 첨부: 매매계약서 사본 1부, 등기부등본 1부"""},

{"id": "s6-l02-002", "kind": "ocr_form", "text": """주민등록표 열람 또는 등.초본 교부 신청서
신청인 ┃성명 [[PERSON:김 화 순]] ┃주민등록번호 [[KR_RRN:620818 - 2 * * * * * *]]
       ┃주소 [[KR_ADDRESS:성남시 수정구 산성대로 4l7-5 (신흥동)]]
       ┃전화번호 [[PHONE_NUMBER:７３１－７８２２]]  휴대전화 [[PHONE_NUMBER:０１０－９０５３－６６１４]]
대상자와의 관계: 본인 ☐ 세대원 ☑(자)
대상자 ┃ 성명 [[PERSON:김덕배]] ┃ 생년월일 [[BIRTH_DATE:1931. 2. 6.]]
신청일 {{date:2024 . 8 . 21 .}}       신청인  [[PERSON:김 화 순]] (서명 또는 인)"""},

{"id": "s6-l02-003", "kind": "ocr_form", "text": """[손글씨 인식 결과 — 신뢰도 0.61]
이 름 : [[PERSON:방 수 정]]      생 년 월 일 : [[BIRTH_DATE:8 7 . l l . 2 3]]
주 소 : [[KR_ADDRESS:용 인 시 수 지 구 성 복 2 로 1 5 5  L G 빌 리 지 4 차  4 O 3 동 1 7 O 2 호]]
전 화 : [[PHONE_NUMBER:0 1 O - 3 8 6 l - 2 2 4 7]]
[필드 정규화]
name=[[PERSON:방수정]] / dob=[[BIRTH_DATE:1987-11-23]] / addr=[[KR_ADDRESS:용인시 수지구 성복2로 155 LG빌리지4차 403동 1702호]] / tel=[[PHONE_NUMBER:010-3861-2247]]"""},

{"id": "s6-l02-004", "kind": "ocr_fax", "text": """■ 팩스 전송표 ■
받는곳: 성남시 분당구보건소 의약팀 (FAX {{public_number:031-729-3919}})
보내는곳: {{org_name:정자365약국}} 약사 [[PERSON:고은결]]
전화 [[PHONE_NUMBER:031-711-56O8]] (약국 직통)
사업자등록번호: [[KR_BRN:129-34-6651?]]
내용: 약국 개설자 변경 신고 서류 (면허번호 제 41233 호)
총 3매 (표지 포함)    {{date:2024/09/02}}"""},

{"id": "s6-l02-005", "kind": "ocr_form", "text": """              위    임    장

위임하는 사람 (위임자)
성명: [[PERSON:남 궁 덕 수]]   생년월일: [[BIRTH_DATE:1945년 10월 3일]]
주소: [[KR_ADDRESS:경기도 용인시 처인구 포곡읍 전대리 산 13-1]]

위임받는 사람 (수임자)
성명: [[PERSON:남궁 혜림]]   위임자와의 관계: 손녀   생년월일: [[BIRTH_DATE:2001.07.29]]
연락처: [[PHONE_NUMBER:010.6624.1187]]

위 사람에게 농지취득자격증명 발급 신청 및 수령 일체를 위임합니다.
{{date:2024년 7월 1일}}         위임자  [[PERSON:남궁덕수]]  (印)"""},

{"id": "s6-l02-006", "kind": "ocr_fax", "text": """<OCR 텍스트 추출 — 원본 흐림>
운 전 면 허 증 (사 본)
1종보통   [[KR_DRIVER_LICENSE:경기 O9-123456-7l]]
[[PERSON:우 태 민]]   [[KR_RRN:791102-1******]]
[[KR_ADDRESS:성남시 중원구 둔촌대로 83번길 14, 2층]]
적성검사기간 {{date:2O25.O1.O1}}~{{date:2O25.12.31}}
경기도경찰청장
---
비고(담당자 손글씨): 원본 대조필 / {{date:9.4}} / 민원여권과 [[PERSON:길도현]]"""},

{"id": "s6-l02-007", "kind": "ocr_form", "text": """장애인 주차표지 발급 신청서 (OCR)
신 청 인  성명 [[PERSON:표영길]]    주민등록번호 [[KR_RRN:580423-103194?]]
차량번호  [[KR_CAR_PLATE:서울３１가５５０２]]   차종 {{code:SM5}}   소유자 [[PERSON:표영길]]
장애정도  심한 장애 (지체)
보 호 자  [[PERSON:표나래]] (딸)  [[PHONE_NUMBER:01O 4OO2 6913]]
접 수  {{date:2O24.1O.11}}   접수번호 {{receipt_number:영통-2024-1187}}"""},

{"id": "s6-l02-008", "kind": "ocr_form", "text": """환 급 금 지 급 청 구 서
청구인  성명(상호) [[PERSON:편 정 우]] (상호: {{org_name:정우떡방앗간}})
        사업자등록번호 [[KR_BRN:135-O7-22146]]   ※ 스캔 시 "0"이 "O"로 인식됨
        입금계좌  은행명 : 기업    계좌번호 : [[BANK_ACCOUNT:O49-118223-O1-O17]]    예금주 : [[PERSON:편정우]]
환급사유  {{document_number:2023년 귀속 지방소득세(종합소득분)}} 과오납
환급금액  {{amount:₩ 317,400}}
청구일    {{date:2024. 5. 31.}}"""},

{"id": "s6-l02-009", "kind": "ocr_fax", "text": """팩스 수신  ○○구청 건축과  {{date:24-07-15}} 16:47  {{public_number:0317294811}}

긴급!! 현장 사진 못 보내서 팩스로 보냅니다
공사장: [[KR_ADDRESS:분당구 구미동 1 8 8 - 3]] 근린생활시설 신축
인접주민: [[PERSON:성 기 영]] (본인) [[PHONE_NUMBER:010-7O11-3398]]
          [[PERSON:도 민 지]] (옆집 202호)
소음 측정 결과 {{statistic:78dB}} (기준 {{statistic:65dB}})
현장소장 연락처 적혀있던 거: [[PHONE_NUMBER:010-2290-18**]] 이름 [[PERSON:반OO]]"""},

{"id": "s6-l02-010", "kind": "ocr_form", "text": """예방접종 예진표 (성인용) - 스캔본
성명: [[PERSON:오 순 례]]   생년월일: [[BIRTH_DATE:1939 년  3 월  17 일]]   성별: 여
주소: [[KR_ADDRESS:수원시 권선구 곡반정동 5l2-9]]
보호자 연락처: [[PHONE_NUMBER:010-5523-8l07]]
오늘 아픈 곳이 있습니까?  ☐예 ☑아니오
접종일 {{date:2024.10.22}} / 백신 {{code:인플루엔자 4가 (로트 A94K2)}}
의사 서명: [[PERSON:마 진 우]]"""},

{"id": "s6-l02-011", "kind": "ocr_form", "text": """Scanned form  |  page 2 of 3  |  dpi 200
체류지 변경 신고서 / REPORT FOR CHANGE OF ADDRESS
Surname [[PERSON:TRAN]]    Given names [[PERSON:THI HUONG]]
Date of Birth  [[BIRTH_DATE:1994 . 06 . 05]]   Sex  F   Nationality  VIETNAM
Foreign Resident Registration No. [[KR_FRN:940605 - 6057312]]
Passport No. [[KR_PASSPORT:C 4 4 1 9 2 0 8]]
New address: [[KR_ADDRESS:경기 성남시 중원구 금광동 3271 삼익빌라 나동 B01]]
Tel. [[PHONE_NUMBER:O1O-9117-3O6O]]
Date of report {{date:2024.04.02}}   Signature ______"""},

{"id": "s6-l02-012", "kind": "ocr_fax", "text": """━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 주 식 회 사 {{org_name:한빛종합건설}}       FAX: {{public_number:031-266-9901}}
 법인등록번호 {{business_number:134511-0098812}}  사업자번호 {{business_number:124-81-55320}}
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
수신: 용인시 기흥구청 건축허가과  담당 [[PERSON:채 상 현]] 주무관님
현장대리인 [[PERSON:모진석]] (건설기술인 경력수첩 제2008-12-41881호)
현장대리인 휴대폰 [[PHONE_NUMBER:010-4198-7723]]
착공일 {{date:2024. 3. 4}} / 준공예정 {{date:2025. 6. 30}}"""},

{"id": "s6-l02-013", "kind": "ocr_form", "text": """기초생활수급 신청 — 가구원 현황 (손글씨)
관계 | 성명 | 생년월일 | 비고
본인 | [[PERSON:임 춘 자]] | [[BIRTH_DATE:48.12.1]] | 무직
子 | [[PERSON:임동규]] | [[BIRTH_DATE:1972.8.]] | 일용직(연락두절)
孫 | [[PERSON:임서율]] | [[BIRTH_DATE:2O11.O9.O9]] | {{org_name:세류초}} 6학년
거주지: [[KR_ADDRESS:수원 권선구 세류동 817-29 지하1층]]
상담자: 세류3동 행정복지센터 [[PERSON:원가은]]  상담일 {{date:8/14}}"""},

{"id": "s6-l02-014", "kind": "ocr_fax", "text": """RE: 의료급여 진료의뢰서 재전송합니다 (1차 팩스 잘림)
환자명 [[PERSON:천 일 호]]   주민번호 [[KR_RRN:530127-1O4****]]
진료의뢰 병원: {{org_name:아주대학교병원}} 신경과
의뢰일 {{date:2024.06.18}}, 유효기간 7일
의뢰의사 [[PERSON:소지환]] (면허 제102338호)
환자 연락처(자택) [[PHONE_NUMBER:O31-253-7710]]"""},

{"id": "s6-l02-015", "kind": "ocr_form", "text": """[체크박스 양식 / 필기체 인식]
☑ 개인택시 운송사업 면허 양도·양수 인가 신청
양도인: [[PERSON:구 상 철]] (면허 용인-개-0412) 차량 [[KR_CAR_PLATE:경기 31 바 4127]]
양수인: [[PERSON:현 보 람]]
  운전면허번호 [[KR_DRIVER_LICENSE:12-14-O6O329-5O]]
  생년월일 [[BIRTH_DATE:1976.O3.3O]]
  주소 [[KR_ADDRESS:용인시 기흥구 신갈동 46-8 신갈현대아파트 103-805]]
신청일 {{date:2024년 11월 4일}}"""},

{"id": "s6-l02-016", "kind": "ocr_fax", "text": """전송 실패 재발송 — 3/3
…계좌로 입금 부탁드립니다.
예금주 [[PERSON:진 소 희]]  / 우체국 [[BANK_ACCOUNT:O1O328-O2-1448O9]]
(전화번호 아닙니다! 계좌번호입니다)
문의는 제 핸드폰 [[PHONE_NUMBER:O1O-3284-41O9]] 로 해주세요.
{{date:2024. 2. 9.}} [[PERSON:진소희]] 올림"""},

{"id": "s6-l02-017", "kind": "ocr_form", "text": """경로당 회원 명부 (필사본 스캔)
번호  이름     생년         전화
 1   [[PERSON:노금옥]]   [[BIRTH_DATE:1937]]        [[PHONE_NUMBER:254-6621]]
 2   [[PERSON:추만길]]   [[BIRTH_DATE:1941]]        [[PHONE_NUMBER:010-2O31-77O5]]
 3   [[PERSON:하○자]]   [[BIRTH_DATE:1944]]        (없음)
 4   [[PERSON:Kim Soon-ae]]  [[BIRTH_DATE:1940]]   [[PHONE_NUMBER:010 9914 2218]]
총 {{statistic:4명}} / 작성 {{date:2024.01}} / 회장 [[PERSON:노금옥]]"""},

{"id": "s6-l02-018", "kind": "ocr_form", "text": """여권 발급 신청서 (OCR, 일부 필드)
한글성명 [[PERSON:선우 지 호]]   로마자성명 [[PERSON:SUNWOO JIHO]]
주민등록번호 [[KR_RRN:O9O513-3******]]
기존 여권번호 [[KR_PASSPORT:M7O3l8842]]  (분실)
긴급연락처 [[PERSON:선우현]] / [[PHONE_NUMBER:010-6O6O-1275]]
※ 여권번호 형식 안내: {{code:M12345678}} 또는 {{code:M123A4567}}"""},
]
