# Writer k, batch 06: adoption and foster care, job centres and unemployment benefits, senior jobs. Hand-written, CC0 1.0.

DOCS = [
{"id": "s6-k06-001", "kind": "application_form", "text": """가정위탁 보호 신청서 (일반위탁)

위탁부모
  부 [[PERSON:성태호]]  [[BIRTH_DATE:1975.06.14]]  회사원  [[PHONE_NUMBER:010-2847-6630]]
  모 [[PERSON:하미정]]  [[BIRTH_DATE:1977.09.01]]  주부    [[PHONE_NUMBER:010-2847-6631]]
  주소 [[KR_ADDRESS:용인시 수지구 신봉2로 88, 신봉마을 LG자이 1차 113동 602호]]
  친자녀 [[PERSON:성민아]](고2)
위탁아동(예정) [[PERSON:이○○]] 여, 만 7세
위탁기간 {{date:2024.04.01}}부터 원가정 복귀 시까지
담당 {{org_name:경기도가정위탁지원센터}} 상담원 [[PERSON:편지원]]
"""},

{"id": "s6-k06-002", "kind": "case_record", "text": """[입양 사례관리 기록 - 비공개]
아동: [[PERSON:한별]] (가명, 출생신고명 [[PERSON:김한별]]) 생년월일 [[BIRTH_DATE:2023. 2. 8.]]
친생모: [[PERSON:김○희]] (만 19세, 입양숙려기간 7일 경과 후 {{date:2023. 2. 20.}} 입양동의)
예비양부모: [[PERSON:안정호]]([[BIRTH_DATE:1982-01-30]]) · [[PERSON:배선영]]([[BIRTH_DATE:1983-07-16]])
예비양부모 주소: [[KR_ADDRESS:성남시 분당구 내정로 55, 파크타운 서안아파트 127동 1103호]]
가정법원 입양허가 {{case_number:2023느단1182}} / 허가일 {{date:2023. 9. 5.}}
"""},

{"id": "s6-k06-003", "kind": "email", "text": """From: [[PERSON:Emily Jensen]] <[[EMAIL_ADDRESS:emily.jensen.1985@gmail.com]]>
Subject: Birth family search - adoptee from Suwon

Dear officer,
My name is [[PERSON:Emily Jensen]], Korean name [[PERSON:박은주]]. I was born on [[BIRTH_DATE:June 3, 1985]] and adopted to Denmark in {{date:1986}}.
My adoption file says I was found near Suwon station and my case number is {{case_number:K-85-1457}}. My Danish passport number is [[KR_PASSPORT:209837412]].
I would like to find my birth mother. Please contact me at [[PHONE_NUMBER:+45 28 71 93 04]].
"""},

{"id": "s6-k06-004", "kind": "allowance_list", "text": """위탁가정 양육보조금 지급 명단 ({{date:2024년 5월}})
위탁부모	아동	아동생년월일	금액	계좌
[[PERSON:성태호]]	[[PERSON:이수아]]	[[BIRTH_DATE:'17.02.11]]	{{amount:300,000}}	[[BANK_ACCOUNT:110-394-028817]]
[[PERSON:강말녀]](조모)	[[PERSON:강준서]]	[[BIRTH_DATE:'12.08.05]]	{{amount:400,000}}	[[BANK_ACCOUNT:213-0781-3324-71]]
[[PERSON:오세준]](삼촌)	[[PERSON:오다인]]	[[BIRTH_DATE:'09.11.28]]	{{amount:500,000}}	[[BANK_ACCOUNT:1002-155-902683]]
"""},

{"id": "s6-k06-005", "kind": "application_form", "text": """구직급여 수급자격 인정 신청서
성명 [[PERSON:정우석]]   주민등록번호 [[KR_RRN:850916-155240?]]
주소 [[KR_ADDRESS:수원시 권선구 권선로 308번길 36, 2동 1107호 (권선동, 삼천리아파트)]]
휴대전화 [[PHONE_NUMBER:010-7019-4425]]   전자우편 [[EMAIL_ADDRESS:woosuk85@naver.com]]
이직 사업장: {{org_name:(주)대한물류}} (사업자 {{business_number:124-81-90214}}) 
  사번 [[EMPLOYEE_ID:DH2017-0331]] / 입사 {{date:2017.05.08}} / 이직 {{date:2024.02.29}}
이직사유: 경영상 필요에 의한 권고사직 (코드 {{code:23}})
구직급여 입금계좌: 신한 [[BANK_ACCOUNT:110-251-637704]]
"""},

{"id": "s6-k06-006", "kind": "separation_certificate", "text": """피보험자 이직확인서
사업장명: [[PERSON:박순애]] 미용실 (개인)   사업자등록번호: [[KR_BRN:131-24-7718?]]
사업장 주소: [[KR_ADDRESS:성남시 중원구 광명로 20, 1층 102호]]
피보험자: [[PERSON:양지혜]]  생년월일 [[BIRTH_DATE:1996.03.08]]
피보험단위기간 산정대상기간: {{date:2022.03.14}} ~ {{date:2024.03.13}}
이직일: {{date:2024.03.13}} / 평균임금: 1일 {{amount:92,450원}}
작성자: 대표 [[PERSON:박순애]] ([[PHONE_NUMBER:010-4420-1983]])
"""},

{"id": "s6-k06-007", "kind": "job_seeker_registration", "text": """[고용24] 구직신청서 요약
구직자: [[PERSON:윤대근]] (남, [[BIRTH_DATE:1968년 10월 12일]]생)
희망직종: 화물차 운전(5톤 이상), 지게차
자격/면허: 1종대형 [[KR_DRIVER_LICENSE:13-92-017765-41]], 지게차운전기능사 {{code:09204041234X}}
보유차량: [[KR_CAR_PLATE:91사 3388]] (개인 소유, 지입 아님)
희망임금 월 {{amount:350만원}} 이상 / 희망지역 용인·이천
연락처 [[PHONE_NUMBER:010-9320-7158]]
"""},

{"id": "s6-k06-008", "kind": "card_issuance", "text": """국민내일배움카드 발급 내역
발급대상: [[PERSON:조아라]]  생년월일 [[BIRTH_DATE:950221]]
카드사: 농협  카드번호: [[CREDIT_CARD:5429 6208 3391 047?]]
계좌(훈련장려금): [[BANK_ACCOUNT:352-1177-4803-23]]
지원한도 {{amount:300만원}} / 유효기간 {{date:2024.04.02 ~ 2029.04.01}}
※ 카드번호 앞 6자리({{code:542962}})는 BIN으로 공통입니다.
"""},

{"id": "s6-k06-009", "kind": "complaint", "text": """실업인정일날 못갔는데 구직급여 끊긴건가요?? 
{{date:14일}}이 실업인정일이었는데 그날 면접이 잡혀서 못갔어요 온라인으로 하려고 했는데 고용24 로그인이 안되더라구요
제 이름 [[PERSON:Ahn Jiyoung]] 아니 한글로 [[PERSON:안지영]]이고 생년월일 [[BIRTH_DATE:1990년 1월 14일]], 폰 [[PHONE_NUMBER:010 2297 6641]] 입니다
담당 선생님이 [[PERSON:배수민]] 상담사님인데 통화가 안돼요
"""},

{"id": "s6-k06-010", "kind": "employment_permit", "text": """외국인근로자 고용변동 신고서 (고용센터 제출)
사업주: [[PERSON:제석환]] ({{org_name:제일농원}}, 개인사업자 [[KR_BRN:142-03-5590?]])
사업장: [[KR_ADDRESS:용인시 처인구 백암면 근창리 523-2]]
근로자:
 1) [[PERSON:NGUYEN VAN HUNG]]  VNM  외국인등록번호 [[KR_FRN:950802-5217391]]  여권 [[KR_PASSPORT:C3380172]]
 2) [[PERSON:SOK DARA]]  KHM  외국인등록번호 [[KR_FRN:000117-7038214]]  여권 [[KR_PASSPORT:N01873355]]
변동사유: 2)번 근로자 {{date:2024.05.02}}부터 무단이탈(5일 경과)
담당: 고용허가팀 [[PERSON:모윤정]] [[EMAIL_ADDRESS:yjmo@moel.go.kr]]
"""},

{"id": "s6-k06-011", "kind": "sms", "text": """[수원고용센터] [[PERSON:최동욱]]님 제3차 실업인정일은 {{date:06/18(화)}}입니다. 구직활동 2회 이상 인정 필요. 문의 {{public_number:1350}}"""},

{"id": "s6-k06-012", "kind": "audit_log", "text": """[부정수급 조사] 구직급여 실업인정 접속기록
일자        수급자     실업인정 접속 IP        비고
{{date:03-11}}  [[PERSON:변영훈]]    [[IP_ADDRESS:59.12.203.141]]       자택(KT)
{{date:03-25}}  [[PERSON:변영훈]]    [[IP_ADDRESS:221.148.96.32]]       ○○산업 사내망 추정 → 취업 은폐 의심
{{date:04-08}}  [[PERSON:변영훈]]    [[IP_ADDRESS:221.148.96.32]]       동일
사업장 4대보험 미신고. 사업주 [[PERSON:김근택]] 면담 예정 / 조사관 [[PERSON:엄태식]]
"""},

{"id": "s6-k06-013", "kind": "application_form", "text": """2024 노인일자리 및 사회활동 지원사업 참여신청서
유형: 공익활동(스쿨존 교통지원)
성명 [[PERSON:고점례]]  생년월일 [[BIRTH_DATE:1950.5.3]] (만 73세)
주소 [[KR_ADDRESS:수원시 팔달구 고화로 87번길 3-1]]
연락처 집 [[PHONE_NUMBER:(031)254-7729]] / 휴대 [[PHONE_NUMBER:010-2603-1148]]
기초연금 수급: 예 / 가구원: 단독
활동비 계좌: 우체국 [[BANK_ACCOUNT:100245-02-887314]]
접수 {{date:2023.12.07}} 수행기관 {{org_name:팔달노인복지관}}
"""},

{"id": "s6-k06-014", "kind": "roster", "text": """시니어클럽 공동작업장 참여자 명부 (A조)
참여자번호  성명    생년월일       연락처
{{code:SC-24-0107}}  [[PERSON:진옥자]]  [[BIRTH_DATE:1947-03-**]]  [[PHONE_NUMBER:010-3341-****]]
{{code:SC-24-0108}}  [[PERSON:황춘식]]  [[BIRTH_DATE:1949-11-**]]  [[PHONE_NUMBER:010-7724-****]]
{{code:SC-24-0109}}  [[PERSON:Yuri Ten]] [[BIRTH_DATE:1952-06-**]]  [[PHONE_NUMBER:010-5017-****]]
{{code:SC-24-0110}}  [[PERSON:예순남]]  [[BIRTH_DATE:1944-08-**]]  -
조장 [[PERSON:황춘식]] / 담당 전담인력 [[PERSON:곽소연]]
"""},

{"id": "s6-k06-015", "kind": "incident_report", "text": """노인일자리 활동 중 안전사고 발생 보고
일시: {{date:2024. 10. 8.}} {{time:08:20}}경
장소: {{place_name:영덕초등학교 정문 앞 횡단보도}}
참여자: [[PERSON:석만길]] (남, [[BIRTH_DATE:1948. 2. 16.]]생, 참여자ID [[EMPLOYEE_ID:YI-24-01537]])
경위: 교통지원 활동 중 빗길에 미끄러져 오른 손목 골절 추정
조치: 119 이송, {{org_name:아주대병원}} 응급실. 가족(아들 [[PERSON:석진우]] [[PHONE_NUMBER:010-9087-3350]]) 연락 완료
상해보험 청구 예정 / 보고자 [[PERSON:하윤경]]
"""},

{"id": "s6-k06-016", "kind": "message", "text": """선생님 저 [[PERSON:맹복순]]인디요 다음주 월요일 일 못나가요 병원 가야돼서 ㅜㅜ 대신 [[PERSON:순자]]언니가 나간대요 전화 [[PHONE_NUMBER:010-6628-1O74]]"""},

{"id": "s6-k06-017", "kind": "settlement_report", "text": """노인일자리 활동비 지급 조서 ({{date:2024년 9월}}분) - 시장형(카페)
번호 성명 주민등록번호 활동시간 지급액 은행 계좌번호
1 [[PERSON:한정숙]] [[KR_RRN:540126-2******]] 60h {{amount:594,000}} 농협 [[BANK_ACCOUNT:301-5523-0918-81]]
2 [[PERSON:노창수]] [[KR_RRN:511013-1******]] 57h {{amount:564,300}} 국민 [[BANK_ACCOUNT:612001-01-448203]]
3 [[PERSON:다나카 미치코]] [[KR_FRN:560304-6******]] 60h {{amount:594,000}} 우리 [[BANK_ACCOUNT:1002-736-115249]]
결재: 담당 [[PERSON:곽소연]] → 관장 [[PERSON:엄준기]]
"""},

{"id": "s6-k06-018", "kind": "interview_record", "text": """취업성공패키지(국민취업지원제도) 1유형 상담기록
참여자 [[PERSON:추동하]] / [[BIRTH_DATE:99년 8월 2일]]생 / 대졸 미취업
1차 상담 {{date:2024.01.16}}: IAP 수립, 희망직무 사무행정
2차 상담 {{date:2024.02.06}}: 컴활 1급 취득({{date:1/27}}), 구직촉진수당 {{amount:50만원}} 1회차 지급
연락: [[EMAIL_ADDRESS:dongha.choo@naver.com]] / 운전면허 2종보통 [[KR_DRIVER_LICENSE:서울 19-248813-70]]
상담사 [[PERSON:이수경]] 직업상담사 (직통 [[PHONE_NUMBER:031-231-7841]])
"""},

{"id": "s6-k06-019", "kind": "memo", "text": """입양특례법 개정 안내문 검토 메모
- 공적 입양체계 전환({{date:2025.7.}} 시행): 예시 문구 "아동 생년월일: {{code:20XX. XX. XX.}}" 유지
- 여권번호 예시 "{{code:M12345678}}"는 실제 번호와 혼동 없도록 그대로 둠
- 운전면허번호 예시 "{{code:00-00-000000-00}}" 삭제
- 담당 아동권리보장원 문의처 {{public_number:02-6454-8600}}, 메일 {{public_email:adoption@ncrc.or.kr}}
작성 {{date:24.11.05}} [[PERSON:우다연]]
"""},

{"id": "s6-k06-020", "kind": "application_form", "text": """입양 후 가정 양육수당 신청
양친: [[PERSON:Daniel Whitfield]] / [[PERSON:서지현]]
양부 외국인등록번호 [[KR_FRN:810512-5409176]] / 미국 여권 [[KR_PASSPORT:A04839127]]
양자 [[PERSON:서하준]] [[BIRTH_DATE:2015/09/17]] (입양 확정 {{date:2024.03.29}})
주소 [[KR_ADDRESS:성남시 분당구 백현로 101, 상록우성 210동 1004호]]
운전면허(국제→국내 전환) [[KR_DRIVER_LICENSE:13-24-118209-50]]
"""},
]
