# Writer c, batch 04: recruiting by the city and public agencies (공무직·기간제 응시원서, 결과 통보, 이력서, 경력증명서). All values invented. CC0 1.0.
DOCS = [
{"id": "s11-c04-001", "kind": "application_form", "text": """2025년 수원시 공무직(환경관리원) 공개채용 응시원서
응시번호 {{exam_number:환경-025}} (기재하지 마십시오)
성    명  한글 [[PERSON:차동욱]]   한자 [[PERSON:車東旭]]   영문 [[PERSON:CHA DONGWOOK]]
주민등록번호  [[KR_RRN:870319-152044?]]
주    소  [[KR_ADDRESS:(16509) 수원시 영통구 매탄로 78, 매탄위브하늘채 118동 604호]]
전화번호  자택 [[PHONE_NUMBER:031-216-0472]]  휴대폰 [[PHONE_NUMBER:010-2904-6187]]
전자우편  [[EMAIL_ADDRESS:dw.cha87@naver.com]]
운전면허  1종 대형  면허번호 [[KR_DRIVER_LICENSE:경기 09-205713-11]]
가산점    취업지원대상자(5%) 해당 없음 / 수원시 거주기간 {{date:2012.04 ~ 현재}}
체력검사 희망일  {{date:6월 10일}}
위 본인은 응시자격에 결격사유가 없으며 기재사항이 사실과 다름없음을 확인합니다.
{{date:2025년 5월 19일}}  응시자 [[PERSON:차동욱]] (인)"""},

{"id": "s11-c04-002", "kind": "sms", "text": """[Web발신]
[성남시청] [[PERSON:윤나래]]님, 2025년 기간제근로자(주민센터 행정보조) 서류전형에 합격하셨습니다. 면접: {{date:5.27(화) 14:20}} {{place_name:성남시청 4층 교육실}}. 응시번호 {{exam_number:A-1107}}, 신분증 지참. 문의 {{public_number:031-729-2173}}"""},

{"id": "s11-c04-003", "kind": "email", "text": """From: 용인시 총무과 채용담당 <{{public_email:recruit@yongin.go.kr}}>
To: [[EMAIL_ADDRESS:minseo.ha.0917@gmail.com]]
Sent: {{date:2025-06-02 (월) 17:08}}
Subject: [용인시] 2025년 상반기 공무직(시설관리) 최종 면접 결과 안내

[[PERSON:하민서]] 님께,
귀하께서 응시하신 공무직 시설관리 분야 면접 결과, 아쉽게도 불합격되셨음을 알려드립니다.
예비합격자 순번은 {{statistic:2번}}이며, 합격자 임용 포기 시 {{date:6월 30일}}까지 개별 연락드립니다.
응시해 주셔서 감사합니다.
총무과 인사팀 [[PERSON:문재형]] (☎ [[PHONE_NUMBER:031-6193-2116]])"""},

{"id": "s11-c04-004", "kind": "resume", "text": """이  력  서
[[PERSON:배소담]] / [[PERSON:Sodam Bae]]
생년월일 [[BIRTH_DATE:1992년 2월 29일]] (만 33세)
주소 [[KR_ADDRESS:경기도 성남시 분당구 내정로 165번길 35, 양지마을 금호아파트 1단지 412동 1903호]]
H.P [[PHONE_NUMBER:010 4181 9927]] | E-mail [[EMAIL_ADDRESS:sodam.bae@outlook.kr]]

[학력]
{{date:2011.03 - 2015.02}} {{org_name:경기대학교}} 문헌정보학과 졸업
[경력]
{{date:2015.07 - 2019.12}} {{org_name:판교어린이도서관}} 사서(계약직)
{{date:2020.03 - 2024.08}} 분당구청 평생학습팀 기간제 — 담당 업무: 강좌 운영, 수강생 관리
[자격]
정사서 2급({{date:2015.02}}), 컴퓨터활용능력 1급, 운전면허 2종보통 [[KR_DRIVER_LICENSE:11-14-338201-62]]"""},

{"id": "s11-c04-005", "kind": "cover_letter", "text": """[자기소개서] 지원분야: 수원시 공무직(도서관 자료정리)
1. 성장과정
저는 [[BIRTH_DATE:1995년]] 수원 {{place_name:지동}}에서 태어나 시장에서 떡집을 하시는 부모님 밑에서 자랐습니다. 어머니 [[PERSON:심경애]] 씨는 늘 "손님 얼굴을 기억하라"고 하셨고 그 말이 제 일하는 태도가 되었습니다.
2. 지원동기
대학 시절 {{org_name:선경도서관}}에서 근로장학생으로 일하며 당시 팀장님이셨던 [[PERSON:류정화]] 사서님께 자료 분류를 배웠습니다. ...
지원자 [[PERSON:엄태경]]"""},

{"id": "s11-c04-006", "kind": "certificate", "text": """경 력 증 명 서
성명: [[PERSON:곽유진]]          주민등록번호: [[KR_RRN:890612-2******]]
주소: [[KR_ADDRESS:용인시 처인구 금령로 99번길 6-12 (김량장동)]]
사번: [[EMPLOYEE_ID:YI-2017-0482]]
근무부서: 처인구청 민원지적과          직위: 기간제(민원안내)
근무기간: {{date:2017. 3. 2. ~ 2021. 12. 31.}} (4년 10개월)
용도: 타 기관 제출용
위와 같이 근무하였음을 증명합니다.
{{date:2025년 5월 8일}}
용인시 처인구청장 (직인)   발급번호 {{document_number:제2025-0388호}}"""},

{"id": "s11-c04-007", "kind": "spreadsheet_export", "text": """2025_기간제_응시자명단(내부용).xlsx
응시번호\t성명\t생년월일\t성별\t거주지\t연락처\t서류
{{exam_number:A-1101}}\t[[PERSON:권솔]]\t[[BIRTH_DATE:1990.01.15]]\t여\t성남 분당\t[[PHONE_NUMBER:010-7213-0046]]\t합격
{{exam_number:A-1102}}\t[[PERSON:선우재민]]\t[[BIRTH_DATE:1985.08.03]]\t남\t성남 중원\t[[PHONE_NUMBER:010-3399-5812]]\t불합격
{{exam_number:A-1107}}\t[[PERSON:윤나래]]\t[[BIRTH_DATE:1998.11.26]]\t여\t성남 수정\t[[PHONE_NUMBER:010-8040-2271]]\t합격
{{exam_number:A-1112}}\t[[PERSON:Ahmed Karim]]\t[[BIRTH_DATE:1993.04.09]]\t남\t광주시 오포\t[[PHONE_NUMBER:010-5571-0839]]\t보류(거주요건)"""},

{"id": "s11-c04-008", "kind": "public_notice", "text": """2025년 성남시 공무직 근로자 공개채용 최종합격자 공고
분야 | 응시번호 | 성명 | 생년월일
도로보수 | {{exam_number:도로-003}} | [[PERSON:김○훈]] | [[BIRTH_DATE:'88.**.**]]
도로보수 | {{exam_number:도로-011}} | [[PERSON:박○○]] | [[BIRTH_DATE:1979. 0*. **.]]
공원관리 | {{exam_number:공원-007}} | [[PERSON:정○연]] | [[BIRTH_DATE:1996.**.**]]
임용예정일: {{date:2025. 7. 1.}} / 구비서류 제출기한: {{date:2025. 6. 20.(금) 18:00}}
성남시장"""},

{"id": "s11-c04-009", "kind": "official_letter", "text": """임용 구비서류 제출 안내
[[PERSON:차동욱]] 님, 최종합격을 축하드립니다. 아래 서류를 {{date:6.20.}}까지 제출해 주시기 바랍니다.
1) 채용신체검사서 2) 주민등록초본 3) 통장사본(급여계좌)
확인 차 기재: 급여계좌 농협 [[BANK_ACCOUNT:351-0918-4477-23]] / 사원증 발급번호 [[EMPLOYEE_ID:SW-25-10417]]
첫 출근: {{date:2025. 7. 1.(화) 08:00}} {{place_name:영통구청 청소행정과}}
담당: 수원시 청소자원과 [[PERSON:길혜원]] [[EMAIL_ADDRESS:hw.gil@korea.kr]]"""},

{"id": "s11-c04-010", "kind": "application_form", "text": """수원시 외국인복지센터 통번역 기간제 근로자 응시원서
성명(여권상 영문): [[PERSON:NGUYEN HOANG MAI]]   한글: [[PERSON:응우옌 호앙 마이]]
국적: 베트남   생년월일: [[BIRTH_DATE:1990/08/21]]
여권번호: [[KR_PASSPORT:C4410283]]   외국인등록번호: [[KR_FRN:900821-6114209]]
(귀화 전 한국 여권 미발급)
주소: [[KR_ADDRESS:경기도 수원시 팔달구 향교로 37-1, 2층 (매산로1가)]]
휴대폰: [[PHONE_NUMBER:010-2748-5530]]
구사언어: 베트남어(모국어), 한국어(TOPIK {{statistic:6급}}), 영어"""},

{"id": "s11-c04-011", "kind": "phone_memo", "text": """[전화메모] {{date:6/3}} 오전
응시자 [[PERSON:하민서]]씨 본인 전화 ([[PHONE_NUMBER:010-9417-5038]])
불합격 사유 공개 요청 → 면접점수 본인 것만 정보공개청구로 가능하다고 안내.
생년월일로 본인확인([[BIRTH_DATE:1994.09.17]]). 예비 2번이라는 것 재확인해 드림.
* 참고: 메일 주소에 오타 있었는데 결과메일은 수신했다 함"""},

{"id": "s11-c04-012", "kind": "system_log", "text": """hr-insa audit {{date:2025-06-04}}
09:14:02 emp=[[EMPLOYEE_ID:1900417]] name=[[PERSON:문재형]] action=VIEW target=applicant/2025-A-1112 ip=[[IP_ADDRESS:10.120.44.18]]
09:14:40 emp=[[EMPLOYEE_ID:1900417]] name=[[PERSON:문재형]] action=EXPORT file=면접결과.xlsx rows=38 ip=[[IP_ADDRESS:10.120.44.18]]
09:21:07 emp=[[EMPLOYEE_ID:2100933]] name=[[PERSON:길혜원]] action=LOGIN_FAIL ip=[[IP_ADDRESS:10.120.51.202]] reason=pw_expired
policy={{version:insa-sec 2.3}} mask={{subnet_mask:255.255.0.0}}"""},

{"id": "s11-c04-013", "kind": "evaluation_sheet", "text": """면접 평가표 (공무직 시설관리)   면접일 {{date:2025.05.29}}   제2면접실
응시자: [[PERSON:하민서]] (응시번호 {{exam_number:시설-014}})
평정요소            위원1  위원2  위원3
직무이해도           7      8      6
의사표현             8      7      7
성실성·태도          9      8      8
합계                {{statistic:24}}     {{statistic:23}}     {{statistic:21}}
면접위원: [[PERSON:편종석]] (서명), [[PERSON:마은영]] (서명), [[PERSON:Christopher Lee]] (서명)"""},

{"id": "s11-c04-014", "kind": "scanned_form_ocr", "text": """경 럭 증 명 서   (사단법인 경기문화나눔)
성 명 : [[PERSON:손 예 나]]    생 년 월 일 : [[BIRTH_DATE:l99l . O5 . l8]]
직원번호 : [[EMPLOYEE_ID:GCS-l9-O27]]
소 속 : 교육사업팀     직 위 : 주임
재 직 기 간 : {{date:2Ol9 . O3 . O4}} ~ {{date:2O23 . l2 . 3l}}
담 당 업 무 : 문화예술교육 프로그램 기획 및 강사 관리
법인 대표전화 {{public_number:O3l-8O5-7788}}  고유번호 {{business_number:l35-82-1O384}}"""},

{"id": "s11-c04-015", "kind": "kakaotalk", "text": """[인사팀 업무방]
[[PERSON:문재형]]: 1112번 [[PERSON:Ahmed]] 씨 거주요건 확인됐어요? 광주시 오포로 되어있던데
[[PERSON:진소라]]: 네 공고일 기준으로 {{date:4월 3일}} 용인 전입이라 안 된대요 ㅠ
[[PERSON:진소라]]: 초본상 주소 [[KR_ADDRESS:용인시 수지구 신봉2로 12, 102동 1404호]]
[[PERSON:문재형]]: 공고일이 {{date:4/7}}이니까 되는 거 아니에요?
[[PERSON:진소라]]: 아 제가 잘못봤네요 4/3 전입이면 충족이네요 수정할게요
[[PERSON:문재형]]: ㅇㅋ 서류합격으로 바꿔주세요"""},

{"id": "s11-c04-016", "kind": "request_form", "text": """신원조회 요청서 (임용예정자)
성명 [[PERSON:차동욱]]  한자 [[PERSON:車東旭]]
주민등록번호 [[KR_RRN:870319-152044?]]
등록기준지 {{place_name:경기도 화성시 정남면}} (번지 생략)
주소 [[KR_ADDRESS:수원시 영통구 매탄로 78, 118동 604호]]
임용예정직: 공무직 환경관리원   임용예정일: {{date:2025.07.01}}
요청기관: 수원시 청소자원과  요청일 {{date:2025.06.09}}"""},

{"id": "s11-c04-017", "kind": "memo", "text": """운전직 기간제(제설차량) 채용 면허 진위확인 결과 — 도로교통공단 조회 {{date:2025-11-14}}
- [[PERSON:양지훈]] [[KR_DRIVER_LICENSE:1109123456-82]] 1종대형 유효 (적성검사 {{date:2029.12.31}}까지)
- [[PERSON:나영길]] [[KR_DRIVER_LICENSE:서울 92-417230-05]] 1종대형 유효
- [[PERSON:이평화]] 면허번호 미기재 → 보완 요청(☎ [[PHONE_NUMBER:010-6637-9021]])"""},

{"id": "s11-c04-018", "kind": "email", "text": """To: {{public_email:insa@seongnam.go.kr}}
From: [[EMAIL_ADDRESS:solkwon90@hanmail.net]]
제목: 면접 응시 포기 의사 전달드립니다

안녕하세요, 기간제 행정보조 서류합격자 [[PERSON:권솔]]입니다(응시번호 {{exam_number:A-1101}}).
다른 기관에 먼저 합격하여 {{date:5/27}} 면접에 참석하지 못하게 되었습니다. 예비 합격자분께 기회가 가도록 미리 말씀드립니다.
감사합니다. [[PERSON:권솔]] 올림 / [[PHONE_NUMBER:010-7213-0046]]"""},
]
