# Writer e, batch 02: academies (학원), youth centres, university administration.
# All values invented. CC0 1.0.

DOCS = [
{"id": "s4-e02-001", "kind": "academy_registration", "text": """◆ 수강 등록 카드 ◆   {{org_name:최상위수학학원}} 동탄캠퍼스

원생명 [[PERSON:윤시우]]   학교/학년 {{org_name:동탄중앙중}} 2   생일 [[BIRTH_DATE:2011.01.30]]
집주소 [[KR_ADDRESS:화성시 동탄대로 469-12 시범한빛마을 금강펜테리움 1208동 602호]]
학생폰 [[PHONE_NUMBER:010-3029-7781]]   어머니 [[PHONE_NUMBER:010-8837-1046]]   아버지 -
등록반 : 중2 심화 (화/목/토)   첫수업 {{date:3/5}}
상담 원장 [[PERSON:마동헉]]x → [[PERSON:마동혁]]  (오타 수정)"""},

{"id": "s4-e02-002", "kind": "academy_founding", "text": """학원 설립·운영 등록 신청서
① 설립·운영자
  성명: [[PERSON:구본희]]   주민등록번호: [[KR_RRN:750319-267281?]]
  주소: [[KR_ADDRESS:경기도 용인시 수지구 풍덕천로 129번길 8-3, 102호]]
  전화: [[PHONE_NUMBER:010-2044-6178]]
② 학원 명칭: {{org_name:구쌤영어교습학원}}   사업자등록번호: [[KR_BRN:142-92-4710?]]
③ 위치: {{org_name:수지프라자}} 4층 ({{statistic:전용 148.5㎡}})
④ 교습과정: 외국어(영어), 정원 {{statistic:45명}}
※ 법인 설립의 경우 법인등록번호 및 사업자번호(예: {{business_number:124-81-00000}}) 기재"""},

{"id": "s4-e02-003", "kind": "card_receipt", "text": """*** 신용카드 매출전표 (고객용) ***
가맹점명 : 이룸국어논술학원
사업자번호: [[KR_BRN:305-27-8816?]]
대표자 : [[PERSON:심은하]]
카드종류 : 신한체크
카드번호 : [[CREDIT_CARD:4518-42**-****-7713]]
거래일시 : {{date:2024/09/02 17:48:05}}
승인번호 : {{receipt_number:30412285}}
거래금액 : {{amount:280,000}}
할부 : 일시불
*교육비 소득공제 대상입니다*"""},

{"id": "s4-e02-004", "kind": "youth_program", "text": """{{org_name:수원시청소년수련관}} 여름캠프 「별빛 야영」 참가자 명단 (1차)

번호 이름 생년월일 학교 보호자연락처
01 [[PERSON:정다온]] [[BIRTH_DATE:2012.03.08]] 매원초6 [[PHONE_NUMBER:010-2271-4530]]
02 [[PERSON:이루다]] [[BIRTH_DATE:20110915]] 영덕중1 [[PHONE_NUMBER:010-5562-0914]]
03 [[PERSON:Mikhail Petrov]] [[BIRTH_DATE:2012. 6. 4.]] 매탄초6 [[PHONE_NUMBER:010-4081-3377]]
04 [[PERSON:황예준]] [[BIRTH_DATE:'11.12.20]] 영일중1 [[PHONE_NUMBER:010 7715 2680]]

캠프기간 {{date:7.29(월)~7.31(수)}} / 집결 {{time:09:00}} 수련관 정문"""},

{"id": "s4-e02-005", "kind": "counseling_intake", "text": """[청소년상담복지센터 초기면접지] 접수 {{case_number:2024-상담-0417}}
내담자: [[PERSON:신예린]] (여, 만 15세, [[BIRTH_DATE:2009년 4월]]생)
의뢰경로: 학교 Wee클래스 → 센터 (담당교사 [[PERSON:봉지현]])
주호소: 가출 2회, 모와의 갈등. 현재 이모([[PERSON:신혜경]], [[PHONE_NUMBER:010-3355-8207]]) 집에서 지냄.
임시거주지: [[KR_ADDRESS:성남시 중원구 광명로 209 201호]]
면접일: {{date:2024.05.22}}  면접자: 상담사 [[PERSON:어 지 현]]"""},

{"id": "s4-e02-006", "kind": "access_log", "text": """[e-Class 접속기록 조회] 과목: 행정법총론(02)  조회자: 학사지원팀

학번        이름     접속일시              접속IP            브라우저
[[STUDENT_ID:2022104431]]  [[PERSON:류서진]]   {{date:2024-10-21 23:58:12}}   [[IP_ADDRESS:118.235.14.207]]    Chrome {{version:129.0.6668.90}}
[[STUDENT_ID:2022104431]]  [[PERSON:류서진]]   {{date:2024-10-21 23:59:40}}   [[IP_ADDRESS:118.235.14.207]]    Chrome {{version:129.0.6668.90}}
[[STUDENT_ID:2021107718]]  [[PERSON:탁현우]]   {{date:2024-10-22 00:03:55}}   [[IP_ADDRESS:2001:e60:8c21:4a0::1b]]   Safari 17.6
※ 동일 IP 중복 응시 의심 건 확인 요청 (학내망 대역 [[IP_ADDRESS:203.252.0.0/16]], 넷마스크 {{subnet_mask:255.255.0.0}})"""},

{"id": "s4-e02-007", "kind": "consent_form", "text": """성범죄 경력 및 아동학대 관련 범죄전력 조회 동의서

기관명 : {{org_name:(주)와이즈에듀 평촌점}}
대상자 성명 : [[PERSON:모지훈]]
주민등록번호 : [[KR_RRN:920714-1******]]
주소 : [[KR_ADDRESS:안양시 동안구 시민대로 180, 3동 1101호(평촌동, 꿈마을한신)]]
직위 : 강사(과학)  채용예정일 : {{date:2024년 12월 1일}}

본인은 「아동·청소년의 성보호에 관한 법률」 제56조 등에 따라 조회하는 것에 동의합니다.
                                                {{date:2024. 11. 25.}}
                                      동의자 [[PERSON:모지훈]]  (서명)"""},

{"id": "s4-e02-008", "kind": "tutoring_change", "text": """교습소 변경신고
교습자: [[PERSON:라혜원]] (생년월일 [[BIRTH_DATE:1986. 10. 02]])
교습소명: 혜원피아노교습소 → 라온음악교습소
사업자등록번호 [[KR_BRN:138915672?]] (변경없음)
변경전 소재지: [[KR_ADDRESS:경기도 용인시 기흥구 구갈로60번길 14-2 2층]]
변경후 소재지: [[KR_ADDRESS:경기도 용인시 기흥구 강남서로 9 , 4층 407호]]
변경사유: 임대차 계약 만료
접수번호: {{receipt_number:1410000-2024-0083312}}"""},

{"id": "s4-e02-009", "kind": "volunteer_certificate", "text": """자원봉사활동 확인서

성    명: [[PERSON:엄태윤]]                생년월일: [[BIRTH_DATE:２００８년 ０６월 １１일]]
소    속: {{org_name:광교고등학교}} 2학년
활동기간: {{date:２０２４．０７．２２}} ~ {{date:２０２４．０８．０９}}
활동시간: {{statistic:총 24시간}}
활동내용: 장애아동 방과후 학습 보조
위 사람은 위와 같이 자원봉사활동을 하였음을 확인합니다.
{{org_name:영통구청소년문화의집}} 관장 [[PERSON:석미애]] (직인)"""},

{"id": "s4-e02-010", "kind": "camp_roster", "text": """단체버스 탑승자 (2호차) — 인솔: [[PERSON:피승원]] 지도사 [[PHONE_NUMBER:010-9023-6641]]
좌석/이름/출생년도
1 [[PERSON:김태리]] [[BIRTH_DATE:09]]년생
2 [[PERSON:김태오]] [[BIRTH_DATE:11]]년생 (형제)
3 [[PERSON:탁윤아]] [[BIRTH_DATE:2010]]
4 [[PERSON:주하민]] [[BIRTH_DATE:2010]]
5 (공석)
차량 [[KR_CAR_PLATE:70바 1382]] / 기사 [[PHONE_NUMBER:010-****-****]] (회사 배차)"""},

{"id": "s4-e02-011", "kind": "tuition_installment", "text": """등록금 분할납부 신청서 (신용카드 자동결제)

학번: [[STUDENT_ID:2023-0584]]   성명: [[PERSON:곽도현]]   학부: 공과대학 전자공학부
카드번호: [[CREDIT_CARD:5409 6012 3318 402?]]  유효기간: {{code:08/27}}
카드소유자: [[PERSON:곽영수]] (부)  생년월일: [[BIRTH_DATE:680224]]
분납회차: 4회 ({{date:9/5}}, {{date:10/5}}, {{date:11/5}}, {{date:12/5}})
총 납부액: {{amount:3,942,000원}}"""},

{"id": "s4-e02-012", "kind": "student_card", "text": """모바일 학생증 재발급 신청 / 학번 [[STUDENT_ID:B917033]] / [[PERSON:편지수]] / 분실일 {{date:2024.04.01}} / 연락처 [[PHONE_NUMBER:010.6627.1093]] / 수령: 학생지원센터 방문"""},

{"id": "s4-e02-013", "kind": "academy_notice", "text": """[한결영수학원] 학부모님 안내
이번주 토요일({{date:11/16}}) 중3 모의고사 진행합니다.
영어 담당 [[PERSON:염소라]] 선생님 출산휴가로 {{date:12월}}부터 [[PERSON:Daniel Choi]] 선생님이 수업 맡게 되셨습니다.
결석 시 카톡 또는 실장 [[PERSON:방은지]] ({{public_number:031-215-9090}}) 으로 연락 부탁드립니다."""},

{"id": "s4-e02-014", "kind": "refund_complaint", "text": """학원비 환불 관련 민원입니다.
저희 아이 [[PERSON:나윤재]](초5)가 {{date:10월 7일}}부터 다니던 {{org_name:○○수학학원}}을 개인 사정으로 {{date:10월 20일}}에 그만뒀는데 교습비 반환을 안해주고 있습니다.
학원법 시행령상 반환 기준에 따라 환불 받을 수 있는 걸로 알고 있어요.
환불 계좌: 국민은행 [[BANK_ACCOUNT:612801-04-338172]] (예금주 [[PERSON:나경호]])
연락처: [[PHONE_NUMBER:공일공-사삼칠칠-이일구팔]]
- 학부모 [[PERSON:나경호]]"""},

{"id": "s4-e02-015", "kind": "it_account_request", "text": """연구실 고정IP 신청서 (정보통신처)
신청자: [[PERSON:백지은]] (대학원생, 학번 [[STUDENT_ID:G2024-1187]])
지도교수: [[PERSON:양춘식]] 교수
설치위치: {{room_number:공학관 5층 512호}}
MAC: {{code:3C:52:82:1A:9E:07}}
할당 IP: [[IP_ADDRESS:203.252.117.46]] / 서브넷 {{subnet_mask:255.255.255.0}} / 게이트웨이 [[IP_ADDRESS:203.252.117.1]]
연락처: [[EMAIL_ADDRESS:jieun.baek@hanbit.ac.kr]]"""},

{"id": "s4-e02-016", "kind": "exchange_program", "text": """청소년 국제교류(한-일) 참가자 여권 정보 — 항공권 발권용
[[PERSON:옥승민]] / OK SEUNGMIN / [[KR_PASSPORT:M39O74482]] / 만료 {{date:2031-05-14}}
[[PERSON:변하진]] / BYUN HAJIN / [[KR_PASSPORT:M620A1953]] / 만료 {{date:2033-08-02}}
[[PERSON:서다은]] / SEO DAEUN / [[KR_PASSPORT:M11837702]] / 만료 {{date:2029-12-30}}
(여권번호 OCR 인식, [[PERSON:옥승민]] 학생 번호 'O'/'0' 확인 필요)"""},

{"id": "s4-e02-017", "kind": "facility_rental", "text": """청소년문화의집 다목적실 대관신청
단체명: {{org_name:비상 댄스동아리}}  대표자: [[PERSON:길소민]]  연락처: [[PHONE_NUMBER:010-4126-****]]
사용일시: {{date:2024.12.21}} 13:00~17:00
주차등록 차량: [[KR_CAR_PLATE:257노 6608]], [[KR_CAR_PLATE:33 머 1925]]
대관료: 청소년단체 면제"""},

{"id": "s4-e02-018", "kind": "memo", "text": """셔틀 기사님 바뀜 - 장기사님 아니고 [[PERSON:홍성표]] 기사님 [[PHONE_NUMBER:01092774401]]"""},
]
