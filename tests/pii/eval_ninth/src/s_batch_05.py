# Writer s, batch 05: school-zone cameras, disabled parking permits, bicycle sharing,
# personal mobility, school buses.
# Hand-written, invented data. CC0 1.0.

DOCS = [
    {
        "id": "s9-s05-001",
        "kind": "petition_letter",
        "text": """수원시장님께 — 어린이보호구역 과속단속카메라 설치 요청

저희는 {{place_name:곡선초등학교}} 학부모들입니다. 학교 앞 {{place_name:권광로}} 구간은 차들이 60km 이상으로 달리는데 카메라가 하나도 없습니다.
지난 {{date:10월 24일}}에도 2학년 [[PERSON:민서아]](학번 [[STUDENT_ID:20230517]], [[BIRTH_DATE:2016년 5월 8일]]생) 학생이 하교길에 승용차에 치일 뻔했습니다.
대표 학부모 [[PERSON:양혜진]] ([[KR_ADDRESS:수원시 권선구 권광로 62, 곡반정현대아파트 105동 907호]], [[PHONE_NUMBER:010-2817-6643]])
연명 학부모 [[PERSON:정유나]], [[PERSON:조한별]], [[PERSON:노경아]] 외 {{statistic:186명}}""",
    },
    {
        "id": "s9-s05-002",
        "kind": "objection_letter",
        "text": """어린이보호구역 속도위반 과태료 이의신청

위반차량: [[KR_CAR_PLATE:283로 4420]]
위반일시: {{date:2024-10-14 (월) 22:48}}
위반내용: 제한속도 30km/h, 주행속도 {{statistic:41km/h}}
사유: 어린이보호구역 운영시간이 표지판에 "{{time:08:00~20:00}}"로 적혀 있는데 밤 10시 48분에 단속되었습니다. 시간제 구역이 아닌지 확인 부탁드립니다.
이의신청인: [[PERSON:감승현]] / 생년월일 [[BIRTH_DATE:1979년 2월 6일]] / [[PHONE_NUMBER:010-4076-2239]]
주소: [[KR_ADDRESS:용인시 기흥구 동백중앙로 191, 동백에일린의뜰 1209동 503호]]""",
    },
    {
        "id": "s9-s05-003",
        "kind": "camera_export",
        "text": """[무인단속장비 상태점검 / 성남시 스쿨존]
CAM_ID     | 위치                     | IP               | GW            | FW       | 금일단속
SN-SZ-014  | {{place_name:분당초 정문}}              | [[IP_ADDRESS:10.120.14.21]]     | [[IP_ADDRESS:10.120.14.1]]   | {{version:v4.1.7}}   | 12
SN-SZ-015  | {{place_name:미금초 후문}}              | [[IP_ADDRESS:10.120.15.21]]     | [[IP_ADDRESS:10.120.15.1]]   | {{version:v4.1.7}}   | 3
SN-SZ-022  | {{place_name:수내초 앞 삼거리}}          | [[IP_ADDRESS:10.120.22.21]]     | [[IP_ADDRESS:10.120.22.1]]   | {{version:v4.0.9}}   | 통신장애
점검자: (주)한성텔레콤 [[PERSON:연도훈]] 기사 ({{date:2024.11.18}})""",
    },
    {
        "id": "s9-s05-004",
        "kind": "permit_application_ocr",
        "text": """장애인자동차표지 발급 신청서
장애인 성명 [[PERSON:탁서진]]  주민등록번호 [[KR_RRN:120304-4******]]  장애정도 심한 장애(뇌병변)
보호자 성명 [[PERSON:탁영호]]  관계 부   주민등록번호 [[KR_RRN:811009-151208?]]
주  소 [[KR_ADDRESS:성남시 수정구 위례광장로 104, 위례자이 4102동 2803호]]
차량번호 [[KR_CAR_PLATE:118더 5531]]  차종 카니발  소유자 [[PERSON:탁영호]]
표지종류 □ 보행상 장애 있음(주차가능) □ 보행상 장애 없음(주차불가)  ■ 주차가능
신청일 {{date:2024. 2. 15.}}  수정구 위례동행정복지센터""",
    },
    {
        "id": "s9-s05-005",
        "kind": "officer_memo",
        "text": """장애인 표지 부정사용 의심 건 (현장 확인 {{date:8/21}} {{time:13:10}}, 수지구청 주차장)
- 차량 [[KR_CAR_PLATE:94노 2712]] 주차가능 표지 부착, 운전자 [[PERSON:명상진]](본인 비장애인), 동승자 없음
- 표지 명의자 [[PERSON:명순옥]](모, [[BIRTH_DATE:1941.11.03]]) 요양병원 입원중 확인
- 표지 회수 및 과태료 {{amount:200만원}} 부과 예정(부정사용). 본인 진술서 받음.
확인자 : 주무관 [[PERSON:제민경]] / 사회복지과 협조 [[PERSON:황인혁]]""",
    },
    {
        "id": "s9-s05-006",
        "kind": "sms",
        "text": """[용인시] [[PERSON:구○희]]님 장애인자동차표지(주차가능)가 재발급 되었습니다. 신분증 지참 후 {{place_name:상현2동행정복지센터}}에서 수령하세요. 기존 표지([[KR_CAR_PLATE:08서 6627]])는 반납바랍니다.""",
    },
    {
        "id": "s9-s05-007",
        "kind": "member_export",
        "text": """공공자전거 회원 상세 (관리자 화면 내보내기)
회원번호: {{code:U000481920}}
아이디: [[EMAIL_ADDRESS:hyunbin.lee0909@naver.com]]
이름: [[PERSON:이현빈]]
생년월일: [[BIRTH_DATE:1999-09-09]]
휴대폰: [[PHONE_NUMBER:010-****-7781]]
가입일시: {{date:2023-04-02 19:22:10}}  가입IP: [[IP_ADDRESS:121.134.22.9]]
최근로그인: {{date:2024-11-30 08:01:47}}  IP: [[IP_ADDRESS:223.39.150.204]] (모바일)
등록결제수단: 신한카드 [[CREDIT_CARD:4518-44**-****-0927]]
이용권: 1년권 (~{{date:2025-04-01}})""",
    },
    {
        "id": "s9-s05-008",
        "kind": "insurance_claim_form",
        "text": """수원시민 자전거보험 보험금 청구서
피보험자(수원시민) [[PERSON:원채윤]]  주민등록번호 [[KR_RRN:050617-4******]]
주소 [[KR_ADDRESS:수원시 영통구 매탄로 39, 매탄위브하늘채 114동 2203호]]
사고일 {{date:2024.05.04}}  장소 {{place_name:원천리천 자전거도로}}(매탄교 아래)
사고내용 자전거 주행 중 보행자 회피하다 전도, 좌측 쇄골 골절 (진단 {{duration:6주}})
청구항목 사망·후유장해 / 진단위로금 ■ / 입원위로금 ■
보험금 수령계좌 기업 [[BANK_ACCOUNT:010-2297-5514-01]] 예금주 [[PERSON:원채윤]]
보험사 문의 {{public_number:1566-8000}}""",
    },
    {
        "id": "s9-s05-009",
        "kind": "chat_support",
        "text": """[고객센터 채팅]
고객: 어제 자전거 반납했는데 반납 안됐다고 추가요금 {{amount:12,000원}} 결제됐어요
상담원 [[PERSON:하니]]: 불편 드려 죄송합니다. 이용하신 자전거 번호와 회원님 성함 알려주시겠어요?
고객: 자전거 {{code:SW-04817}} 이고 [[PERSON:표유림]]이요. 결제된 카드는 [[CREDIT_CARD:9490-22**-****-2210]]이요
상담원 [[PERSON:하니]]: 확인 결과 {{place_name:광교중앙역 3번출구}} 거치대 통신오류로 반납 미처리되었습니다. 추가요금 취소 처리해 드렸습니다(영업일 3~5일 소요).""",
    },
    {
        "id": "s9-s05-010",
        "kind": "discount_application",
        "text": """대학생 공공자전거 이용권 할인 신청
학교 : 아주대학교   학과 : 교통시스템공학과
학번 : [[STUDENT_ID:202121345]]
성명 : [[PERSON:봉지유]]   생년월일 : [[BIRTH_DATE:02.11.28]]
학교메일 : [[EMAIL_ADDRESS:jiyoo02@ajou.ac.kr]]
재학증명서 발급번호 {{document_number:AJ-2024-0930-77812}} (발급일 {{date:2024.09.30}})""",
    },
    {
        "id": "s9-s05-011",
        "kind": "safety_report_export",
        "text": """신고번호 {{case_number:SPP-2024-1127445}} | 개인형이동장치 불법주차
일시 {{date:2024-11-27 08:12}} | 위치 {{place_name:정자역 4번출구 점자블록 위}}
기기번호 {{code:KB-SN-88102}} (씽씽 킥보드), {{code:KB-SN-88217}}
신고자 [[PERSON:민혜원]] / 휴대폰 [[PHONE_NUMBER:010-5538-1027]]
처리 : 업체 수거요청(견인 {{amount:40,000원}} 업체 부담)""",
    },
    {
        "id": "s9-s05-012",
        "kind": "payment_csv",
        "text": """결제ID,회원명,결제일시,상품,금액,카드
{{order_number:PAY240301-00918}},[[PERSON:최가을]],{{date:2024-03-01 07:55}},1시간권,{{amount:1000}},[[CREDIT_CARD:5243-71**-****-4410]]
{{order_number:PAY240301-00923}},[[PERSON:Kevin Ojo]],{{date:2024-03-01 08:03}},1일권,{{amount:2000}},[[CREDIT_CARD:4017 5512 3098 466?]]
{{order_number:PAY240301-00931}},[[PERSON:서하람]],{{date:2024-03-01 08:17}},180일권,{{amount:15000}},카카오페이""",
    },
    {
        "id": "s9-s05-013",
        "kind": "officer_memo",
        "text": """유학생 자전거 사고 — 성균관대 자연과학캠퍼스 앞 ({{date:4.17}})
피해자: [[PERSON:LIU YANG]](중국), 외국인등록번호 [[KR_FRN:010322-8204116]], 여권 [[KR_PASSPORT:EJ4820137]], 학번 [[STUDENT_ID:2023318227]]
주소: [[KR_ADDRESS:수원시 장안구 서부로 2066 기숙사 인관 B동 412호]]
가해: 배달오토바이 [[KR_CAR_PLATE:수원장안 배 4402]], 운전자 [[PERSON:금동호]]
통역 요청: 학교 국제처 [[PERSON:왕린]] 선생님 [[PHONE_NUMBER:031-290-7713]]""",
    },
    {
        "id": "s9-s05-014",
        "kind": "volunteer_list",
        "text": """녹색어머니회 2학기 교통봉사 배정표 (○○초)
요일 | 정문 | 후문 | 비상연락
월 | [[PERSON:장소영]] | [[PERSON:오지현]] | [[PHONE_NUMBER:010-2281-○○○○]]
화 | [[PERSON:석민주]] | [[PERSON:Tanaka Yui]] | [[PHONE_NUMBER:010-9037-4415]]
수 | [[PERSON:구하나]] | [[PERSON:나은정]] | [[PHONE_NUMBER:010.6620.8813]]
※ 우천시 취소, 문의 교무실 {{public_number:031-216-3512}}""",
    },
    {
        "id": "s9-s05-015",
        "kind": "objection_letter",
        "text": """장애인전용주차구역 주차 과태료에 대해 말씀드립니다.
저는 장애인 표지 발급 대상자 [[PERSON:홍길순]]의 아들 [[PERSON:성태우]]입니다. {{date:10월 5일}} 어머니를 모시고 병원에 갔을 때 어머니가 차에서 내리시고 제가 잠깐 차를 댄 건데, 어머니가 동승하지 않았다고 과태료 10만원이 나왔습니다.
병원 진료기록(진료일 {{date:2024.10.05}}) 첨부합니다. 어머니 생년월일은 [[BIRTH_DATE:1938. 1. 27]]이고 표지번호는 {{code:용인-주차가능-21883}}입니다.
연락 [[PHONE_NUMBER:010-7781-3306]]""",
    },
    {
        "id": "s9-s05-016",
        "kind": "sms",
        "text": """[경찰청교통민원24] [[KR_CAR_PLATE:66버 1284]] 차량이 {{date:11.02 16:21}} 어린이보호구역(성남 {{place_name:서현초}}) 신호위반으로 단속되었습니다. 의견진술기한 {{date:12.05}}. 조회 {{url:efine.go.kr}}""",
    },
    {
        "id": "s9-s05-017",
        "kind": "access_log",
        "text": """2024-12-02T09:14:52+09:00 admin-web login ok user=dhkang emp=[[EMPLOYEE_ID:20180933]] name=[[PERSON:강동희]] src=[[IP_ADDRESS:192.168.30.44]] ua="Chrome/{{version:131.0.6778.86}}"
2024-12-02T09:15:10+09:00 member.view id={{code:U000481920}} by=dhkang reason="민원 {{case_number:2024-1202-019}}"
2024-12-02T09:21:33+09:00 admin-web login fail user=admin src=[[IP_ADDRESS:45.141.87.12]] (x5, blocked)""",
    },
    {
        "id": "s9-s05-018",
        "kind": "school_bus_report",
        "text": """어린이통학버스 신고필증 기재사항
운영자 : 한빛수학학원 원장 [[PERSON:채정민]] (사업자등록번호 [[KR_BRN:142-94-2107?]])
운영자 주소 : [[KR_ADDRESS:용인시 수지구 수풍로 114, 3층 (풍덕천동)]]
차량 : [[KR_CAR_PLATE:112도 7730]] 스타리아 (15인승)  보험 : 종합 가입
운전자 : [[PERSON:길상호]]  생년월일 [[BIRTH_DATE:1963.07.22]]  면허 [[KR_DRIVER_LICENSE:12-88-015372-40]] (1종대형)
동승보호자 : [[PERSON:권미숙]]  안전교육 이수 {{date:2024.05.10}}
신고일 : {{date:2024.05.17}}""",
    },
    {
        "id": "s9-s05-019",
        "kind": "citizen_complaint",
        "text": """공유킥보드 좀 치워주세요. 매일 아침 {{place_name:동천역}} 2번출구 엘리베이터 앞에 3~4대씩 쓰러져 있어서 휠체어가 못 지나갑니다. 업체 신고센터 {{public_number:1544-3940}}는 연결도 안되고요. 동천동 주민 [[PERSON:편혜숙]]입니다.""",
    },
]
