# Writer e, batch 02: outdoor advertising permits, illegal banners and fines.
# All persons, addresses and numbers are invented. CC0 1.0.
DOCS = [
{"id": "s12-e02-001", "kind": "application_form", "text": """옥외광고물등 표시 허가(신고) 신청서
신청인  성명 [[PERSON:류지안]]   생년월일 [[BIRTH_DATE:1991-04-27]]
        상호 다온헤어   사업자등록번호 [[KR_BRN:135-27-6604?]]
        주소 [[KR_ADDRESS:수원시 영통구 봉영로 1612, 2층 204호]]   전화 [[PHONE_NUMBER:010-3324-6618]]
광고물 종류: 돌출간판(조명)   규격 {{amount:0.6m×1.2m}}   수량 1
표시장소: [[KR_ADDRESS:영통구 영통동 1012-5 다온빌딩 2층 외벽]]
표시기간: {{date:2024.06.01}} ~ {{date:2027.05.31}} (3년)
옥외광고사업자: {{org_name:(주)빛누리애드}} (사업자 {{business_number:124-81-55270}})  담당 [[PERSON:진우석]] 실장
{{date:2024년 5월 20일}}  신청인 [[PERSON:류지안]] (서명)"""},

{"id": "s12-e02-002", "kind": "official_letter", "text": """수  원  시
수신  [[PERSON:방미경]] 귀하 (번영부동산중개사무소 대표)
      [[KR_ADDRESS:수원시 권선구 세권로 214, 1층 103호]]
제목  불법광고물(현수막) 과태료 부과 사전통지 및 의견제출 안내

1. 귀하께서는 아래와 같이 허가(신고) 없이 현수막을 게시하여 「옥외광고물 등의 관리와 옥외광고산업 진흥에 관한 법률」 제3조를 위반하였습니다.
 - 적발일시: {{date:2024. 3. 9.(토)}} {{time:07:20}}
 - 적발장소: 권선동 사거리 가로수 및 신호등 지주 (6개소)
 - 광고문구: "급매 3억대 아파트 ☎ [[PHONE_NUMBER:010-8867-2045]]" (게시 연락처 명의자 확인됨)
2. 부과예정금액: {{amount:금1,140,000원}} (6매 × {{amount:190,000원}})
3. 의견제출기한: {{date:2024. 4. 5.}}까지
사업자등록번호 [[KR_BRN:124-13-4429?]] / 대표자 [[PERSON:방미경]]
권선구 건축과 광고물팀 주무관 [[PERSON:조성빈]] [[PHONE_NUMBER:031-228-6493]]"""},

{"id": "s12-e02-003", "kind": "complaint", "text": """과태료 의견제출서

현수막 건으로 과태료 통지서를 받았는데요 저는 그 현수막 건 적이 없습니다.
현수막에 적힌 [[PHONE_NUMBER:010-8867-2045]] 번호는 제가 작년까지 쓰다가 {{date:올해 1월}}에 해지했고 지금 번호는 [[PHONE_NUMBER:010-4102-7738]] 입니다.
통신사 해지확인서 첨부합니다.
성명: [[PERSON:방미경]] / 생년월일 [[BIRTH_DATE:72.08.15]] / 주소 위와 같음"""},

{"id": "s12-e02-004", "kind": "spreadsheet", "text": """단속일\t구역\t게시물\t매수\t게시 전화번호\t광고주(추정)\t비고
{{date:2024-05-11}}\t동천동 사거리\t분양현수막\t12\t{{public_number:1661-7720}}\t{{org_name:수지 더샵 모델하우스}}\t대표번호
{{date:2024-05-11}}\t동천동 사거리\t학원현수막\t3\t[[PHONE_NUMBER:010-5531-2270]]\t[[PERSON:노은채]](수학교습소)\t개인번호
{{date:2024-05-11}}\t풍덕천2동\t대출광고 벽보\t40\t[[PHONE_NUMBER:070-8277-1935]]\t미상\t대포폰 의심
{{date:2024-05-12}}\t상현역 1번출구\t입간판\t1\t{{public_number:031-8021-4411}}\t[[PERSON:하진구]](치킨집)\t계고
{{date:2024-05-12}}\t상현역 2번출구\t전단지\t150\t[[PHONE_NUMBER:010.9942.0173]]\t[[PERSON:김태오]]\t과태료 대상"""},

{"id": "s12-e02-005", "kind": "sms", "text": """[용인시 수지구청] 안녕하세요 [[PERSON:하진구]] 사장님, 상현역 1번출구 앞 입간판이 보도에 설치되어 통행 불편 민원이 접수되었습니다. {{date:5/17(금)}}까지 자진정비 부탁드립니다. 미이행시 과태료 부과됩니다. 담당 [[PERSON:연수진]] [[PHONE_NUMBER:031-324-8316]]"""},

{"id": "s12-e02-006", "kind": "email", "text": """보낸사람: "[[PERSON:진우석]]" <[[EMAIL_ADDRESS:wsjin@bitnuri-ad.kr]]>
받는사람: 영통구청 광고물 담당자님 <{{public_email:ytad@suwon.go.kr}}>
날짜: {{date:2024년 5월 21일 (화) 오후 3:02}}
제목: [빛누리애드] 다온헤어 돌출간판 허가신청 관련 보완

주무관님 안녕하세요. 빛누리애드 [[PERSON:진우석]]입니다.
말씀하신 구조계산서는 저희 협력업체(개인사업자, 대표 [[PERSON:석민호]], 사업자번호 [[KR_BRN:214-09-8831?]])에서 작성해서 내일 오전까지 메일로 드리겠습니다.
건물주 동의서는 건물주 [[PERSON:위정란]] 님께 받아놨고 스캔본 첨부합니다.

[[PERSON:진우석]] 실장 드림
M. [[PHONE_NUMBER:010-7115-3304]]  T. {{public_number:031-8005-7100}}"""},

{"id": "s12-e02-007", "kind": "ocr_scan", "text": """옥 외 광 고 물 표 시 신 고 서
신고인 성명 [[PERSON:왕 리 핑]] (王丽萍)   국적 중국
외국인등록번호 [[KR_FRN:880305-6O34218]]   여권번호 [[KR_PASSPORT:E8I437025]]
주소 [[KR_ADDRESS:성남시 중원구 광명로 3l7, 1층]]
상호 : 라오왕 마라탕     사업자번호 [[KR_BRN:129-36-7O413]]
광고물 : 가로형간판 {{amount:8.4 m x 0.9 m}}
신고일 {{date:2O24.O2.26}}"""},

{"id": "s12-e02-008", "kind": "phone_memo", "text": """{{date:6/4}} 14:20 ☏ 민원
- [[PERSON:추영남]] (떡집 사장님, [[KR_ADDRESS:수정구 산성대로 401 1층]])
- 가게 앞 에어라이트(풍선간판) 과태료 왜 나왔냐 항의. 주변 다 하는데 왜 나만
- 설명: 에어라이트는 표시금지 광고물, 신고대상 아님
- 납부 어렵다 → 자진철거시 감경(20%) 안내. 본인 번호 [[PHONE_NUMBER:010-6204-1187]]
- 처리: 계장님께 보고 ({{time:15:05}})"""},

{"id": "s12-e02-009", "kind": "kakaotalk", "text": """[불법광고물 합동단속반] 단톡방
[[PERSON:조성빈]] 주무관 [오전 6:58] 다들 좋은아침입니다 오늘 세류역→권선사거리 코스입니다
[[PERSON:안태호]] [오전 7:02] 넵 차량은 [[KR_CAR_PLATE:182허 3310]] 관용차로 갑니다 (방범용 말고)
[[PERSON:조성빈]] 주무관 [오전 7:03] 오늘 공공근로 두분 새로 오세요 [[PERSON:진말자]]님, [[PERSON:허영철]]님
[[PERSON:조성빈]] 주무관 [오전 7:03] 근무일지에 사번 적어야 하는데 [[PERSON:진말자]]님 [[EMPLOYEE_ID:P24-0317]], [[PERSON:허영철]]님 [[EMPLOYEE_ID:P24-0318]] 입니다
[[PERSON:안태호]] [오전 7:05] 👍
[[PERSON:허영철]] [오전 7:41] 세류역 도착했어요 현수막 벌써 10장 넘네요 ㅎㅎ"""},

{"id": "s12-e02-010", "kind": "system_log", "text": """{{date:2024-05-23 09:01:44}} [AUTH] emp_no=[[EMPLOYEE_ID:1904412]] name=[[PERSON:조성빈]] dept=권선구건축과 ip=[[IP_ADDRESS:10.41.22.87]] result=SUCCESS
{{date:2024-05-23 09:03:10}} [FINE ] create fine_id={{case_number:F-2024-0521-017}} target=[[PERSON:방미경]] brn=[[KR_BRN:124-13-4429?]] amount={{amount:1140000}}
{{date:2024-05-23 09:03:11}} [MAIL ] queue to={{public_email:noreply@suwon.go.kr}} tmpl=사전통지 ver={{version:2.0.7}}
{{date:2024-05-23 11:47:29}} [AUTH] emp_no=[[EMPLOYEE_ID:2108035]] name=[[PERSON:안태호]] ip=[[IP_ADDRESS:10.41.22.91]] result=FAIL(pw)"""},

{"id": "s12-e02-011", "kind": "complaint", "text": """제목: 맞은편 교회 LED 십자가 + 전광판 빛 때문에 잠을 못잡니다

[[KR_ADDRESS:분당구 서현로 180번길 19 한신빌라 B동 302호]] 에 살고 있는 [[PERSON:탁유정]]입니다.
맞은편 상가 옥상 전광판이 밤 12시 넘어서까지 켜져 있고 깜빡거립니다. 아이가 [[BIRTH_DATE:2019년 10월]]생인데 빛 때문에 자다 깨요.
조명 광고물 소등시간 규정이 있다고 들었는데 확인 부탁드립니다.
연락은 카톡이나 메일([[EMAIL_ADDRESS:yujeong.tak@daum.net]])로 주세요."""},

{"id": "s12-e02-012", "kind": "official_letter", "text": """성남시 수정구청 건축과
수신 [[PERSON:추영남]] 님
제목 과태료 자진납부 감경 결정 통지
과태료 {{amount:500,000원}} 중 자진납부 감경 20% 적용하여 {{amount:400,000원}}으로 결정합니다.
납부기한 {{date:2024. 7. 10.}}
가상계좌 {{public_account:우리 27790-1834-005117}} (수정구청 세입)
환급계좌(본인 신청) 국민 [[BANK_ACCOUNT:437601-01-283390]]
※ 통지서 재발급 문의 {{public_number:031-729-5412}}"""},

{"id": "s12-e02-013", "kind": "application_form", "text": """현수막 지정게시대 사용 신청서 (비영리)
신청단체: 경기대학교 총학생회
대표자: [[PERSON:옥재민]] (학번 [[STUDENT_ID:201811427]], 행정학과 4학년)
실무자: [[PERSON:편서현]] (학번 [[STUDENT_ID:202213055]])  연락처 [[PHONE_NUMBER:010-2864-7730]]
이메일 [[EMAIL_ADDRESS:seohyun.pyeon@kyonggi.ac.kr]]
게시내용: 제23회 대동제 안내   게시기간 {{date:9.23~9.29}}   게시대: 광교중앙역, 창룡문사거리
수수료 면제 요청 (비영리)
{{date:2024. 9. 2.}}"""},

{"id": "s12-e02-014", "kind": "inspection_report", "text": """옥외광고물 안전점검 결과표 (대형 옥상간판)
점검일 {{date:2024-04-08}}   점검기관 {{org_name:한국옥외광고센터 경기지부}}   점검자 [[PERSON:설경민]](검사원번호 {{code:KOAC-G-0218}})
광고물 소재지: [[KR_ADDRESS:용인시 처인구 금령로 77 중앙프라자 옥상]]
표시자: [[PERSON:탁병훈]] (개인, 사업자 [[KR_BRN:142-02-5570?]])  연락처 [[PHONE_NUMBER:031) 335-2948]]
점검결과: 불합격 - 앵커볼트 부식, 하부 프레임 변형
조치: {{date:2024-05-08}}까지 보수 후 재점검"""},

{"id": "s12-e02-015", "kind": "email", "text": """From: [[PERSON:Chloe Bernard]] <[[EMAIL_ADDRESS:chloe.bernard.kr@gmail.com]]>
To: 광고물 담당 <{{public_email:adv@seongnam.go.kr}}>
Subject: Sign permit for my bakery / 간판 허가

Hello, I opened a small bakery at [[KR_ADDRESS:Unit 105, 26 Pangyoyeok-ro 146beon-gil, Bundang-gu, Seongnam-si]]. My Korean is not so good, sorry.
I don't have ARC yet (arriving {{date:March 2024}}), only passport no. [[KR_PASSPORT:19FV53820]]. Can I apply with passport?
My date of birth is [[BIRTH_DATE:14/02/1993]], phone [[PHONE_NUMBER:+82 10-5930-2241]].
Thank you, [[PERSON:Chloé]]"""},

{"id": "s12-e02-016", "kind": "phone_memo", "text": """[[PERSON:노은채]] 원장 통화({{date:5/13}}) - 학원 현수막 3장 본인이 붙인거 인정, 직접 수거하겠다 함. 과태료 감경 문의. 사업자 [[KR_BRN:142-90-3316?]](면세) / 학원 {{public_number:031-262-7000}} 말고 휴대폰으로 연락달래 [[PHONE_NUMBER:010 5531 2270]]"""},

{"id": "s12-e02-017", "kind": "spreadsheet", "text": """| 번호 | 성명 | 생년월일 | 소속 | 단속구역 | 차량번호 |
|---|---|---|---|---|---|
| 1 | [[PERSON:안태호]] | [[BIRTH_DATE:1990.05.03]] | 권선구 건축과 | 세류·권선 | [[KR_CAR_PLATE:182허 3310]] |
| 2 | [[PERSON:진말자]] | [[BIRTH_DATE:1961.12.24]] | 공공근로 | 세류·권선 | - |
| 3 | [[PERSON:허영철]] | [[BIRTH_DATE:1958.03.02]] | 공공근로 | 권선·곡반정 | - |
| 4 | [[PERSON:선우건]] | [[BIRTH_DATE:1996.09.19]] | 기간제 | 호매실 | [[KR_CAR_PLATE:52수 0831]](개인차량) |
작성 {{date:2024.05.20}} 작성자 [[PERSON:조성빈]]"""},
]
