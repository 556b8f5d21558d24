# Writer n, batch 04: 농협 조합원 명부, 출자금, 배당, 조합 선거. Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s15-n04-001", "kind": "coop_member_roster", "text": """백암농협 조합원 명부 (발췌) - 출력일시 {{date:2024-02-05 10:31:07}}
조합원번호   성명     생년월일     주소                                   출자좌수  가입일
{{member_number:0012-004471}}  [[PERSON:유재근]]   [[BIRTH_DATE:1956-08-27]]   [[KR_ADDRESS:백암면 근삼로88번길 14-2]]                 {{amount:350}}     {{date:1982-03-10}}
{{member_number:0012-006218}}  [[PERSON:이순남]]   [[BIRTH_DATE:1959-01-14]]   [[KR_ADDRESS:백암면 근삼로88번길 14-2]]                 {{amount:100}}     {{date:2001-11-02}}
{{member_number:0012-009933}}  [[PERSON:장동철]]   [[BIRTH_DATE:1974-03-22]]   [[KR_ADDRESS:백암면 옥산리 419-2]]                      {{amount:1,200}}   {{date:2005-06-17}}
{{member_number:0012-011540}}  [[PERSON:최갑동]]   [[BIRTH_DATE:1961-12-30]]   [[KR_ADDRESS:백암면 백암리 251-9 2층]]                  {{amount:20}}      {{date:2016-04-01}}
총 조합원 {{statistic:2,318명}} / 출자금 총액 {{amount:61억 4천만원}}
"""},
{"id": "s15-n04-002", "kind": "coop_membership_application", "text": """조합원 가입신청서

본인은 귀 조합의 정관을 승인하고 조합원으로 가입하고자 출자금을 첨부하여 신청합니다.

성    명: [[PERSON:하진솔]]            (한자: [[PERSON:河眞率]])
주민등록번호: [[KR_RRN:880207-203946?]]
주    소: [[KR_ADDRESS:용인시 처인구 원삼면 문촌리 73-5]]
전    화: [[PHONE_NUMBER:010-2837-0561]]   e-mail: [[EMAIL_ADDRESS:jinsol.ha88@naver.com]]
영농 형태: 시설채소(토마토) {{amount:1,980㎡}}, 경영체등록 {{date:2023.05.}}
출자좌수: {{amount:200좌}} (1좌 {{amount:5,000원}}) / 납입 계좌 [[BANK_ACCOUNT:351-1129-4470-83]]
추천 조합원: [[PERSON:하말순]] (조합원번호 {{member_number:0031-001207}})

{{date:2024년 3월 4일}}      신청인 [[PERSON:하진솔]] (서명)
원삼농업협동조합장 귀하
"""},
{"id": "s15-n04-003", "kind": "share_refund_claim", "text": """출자금 환급(상속) 청구서

피상속인(사망 조합원)
  성명 [[PERSON:윤병태]]  생년월일 [[BIRTH_DATE:1951.07.17]]  사망일 {{date:2024.08.02}}
  조합원번호 {{member_number:0031-000388}}  출자금 {{amount:4,350,000원}}  미지급 배당 {{amount:118,400원}}
청구인(상속인 대표)
  성명 [[PERSON:윤선미]]  주민등록번호 [[KR_RRN:790325-2******]]
  주소 [[KR_ADDRESS:수원시 팔달구 효원로 278, 한빛아파트 5동 707호]]
  연락처 [[PHONE_NUMBER:010-4720-1199]]  관계: 장녀
  입금계좌: 국민 [[BANK_ACCOUNT:041-21-0733-892]] (예금주 [[PERSON:윤선미]])
첨부: 가족관계증명서, 상속인 전원 동의서(동생 [[PERSON:윤선재]], [[PERSON:윤선호]])
접수 {{date:2024. 9. 9.}} 담당 [[PERSON:국하람]] 과장 (직원번호 [[EMPLOYEE_ID:NH0412-773]])
"""},
{"id": "s15-n04-004", "kind": "sms_notice", "text": """[원삼농협] [[PERSON:하말순]] 조합원님 2023년 출자배당금 {{amount:87,250원}}, 이용고배당 {{amount:41,600원}}이 {{date:3/29}} 조합원님 계좌([[BANK_ACCOUNT:****-**47-13]])로 입금되었습니다. 문의 {{public_number:031-333-7101}}"""},
{"id": "s15-n04-005", "kind": "member_eligibility_survey", "text": """조합원 실태조사 결과 - 무자격 추정자 (2024 상반기)
성명 | 생년월일 | 현주소 | 사유 | 조치
[[PERSON:석진만]] | [[BIRTH_DATE:1970.04.11]] | [[KR_ADDRESS:서울 송파구 올림픽로 435, 파크리오 221동 3001호]] | 관내 농지 없음(매도 {{date:2022.11}}) | 탈퇴 안내
[[PERSON:육희정]] | [[BIRTH_DATE:1985.02.09]] | [[KR_ADDRESS:성남시 중원구 성남대로 997번길 10, 402호]] | 영농 미확인 | 소명 요청
[[PERSON:제갈윤]] | [[BIRTH_DATE:1977.06.30]] | [[KR_ADDRESS:원삼면 고당리 522-1]] | 축산 폐업 | 준조합원 전환
조사기간 {{date:2024.04.01~04.30}} / 대상 {{statistic:2,318명}} 중 무자격 추정 {{statistic:41명}}
"""},
{"id": "s15-n04-006", "kind": "delegate_candidate", "text": """제○○대 대의원 선거 후보자 등록 공고 (원삼농협 제3선거구: 고당·문촌)
기호1 [[PERSON:진태근]] ({{statistic:64세}}) - 고당1리 이장, 벼·콩 재배
기호2 [[PERSON:하진솔]] ([[BIRTH_DATE:1988. 2. 7.]]생) - 청년농업인 4-H 회장, 토마토
기호3 [[PERSON:류정숙]] ([[BIRTH_DATE:1962. 10. 1.]]생) - 고당2리 이장, 여성농업인회 총무
선거일 {{date:2025. 1. 20.(월)}} / 투표시간 {{time:09:00~17:00}}
※ 후보자 주소 및 전화번호는 공개하지 않음
"""},
{"id": "s15-n04-007", "kind": "internal_mail", "text": """보낸사람: [[PERSON:국하람]] <[[EMAIL_ADDRESS:haram.kook@nonghyup.com]]>
받는사람: [[PERSON:도승민]] <[[EMAIL_ADDRESS:dsm8812@nonghyup.com]]>
날짜: {{date:2024-09-10 (화) 09:14}}
제목: [[PERSON:윤병태]] 조합원 출자금 상속 건

[[PERSON:승민]] 대리님, 어제 접수된 고 [[PERSON:윤병태]] 조합원 상속 환급건 검토 부탁드립니다.
상속인이 3명인데 장녀 [[PERSON:윤선미]]님만 방문하셨고 나머지 두 분 인감 첨부됐습니다.
처리 후 지점 팩스 {{public_number:031-333-7109}} 말고 제 내선 {{public_number:7124}} 으로 회신 주세요.
(원격지원 요청 PC: [[IP_ADDRESS:172.16.40.117]], 직원번호 [[EMPLOYEE_ID:NH0412-773]])
"""},
{"id": "s15-n04-008", "kind": "cms_autopay_application", "text": """출자금 자동증좌(CMS) 신청서
조합원: [[PERSON:장동철]] / 조합원번호 {{member_number:0012-009933}}
출금계좌: 백암농협 [[BANK_ACCOUNT:35102336712041]]   예금주 생년월일 [[BIRTH_DATE:740322]]
출금일: 매월 {{date:25일}} / 금액 월 {{amount:100,000원}} (20좌)
출금 시작 {{date:2024년 4월}}
본인확인 신분증: 운전면허증 [[KR_DRIVER_LICENSE:13-98-117204-35]]
"""},
{"id": "s15-n04-009", "kind": "education_attendance", "text": """2024 조합원 교육(영농·협동조합) 참석자 서명부 - {{date:11.14(목)}} 백암농협 2층 강당
1. [[PERSON:유재근]] — (서명) 
2. [[PERSON:이 순 남]] — (서명) 
3. [[PERSON:Sokha Chea]] ([[PERSON:장동철]] 배우자, 통역 [[PERSON:레티투]]) — (서명)
4. [[PERSON:최갑동]] — 대리참석 아들 [[PERSON:최경아]]
5. [[PERSON:엄태봉]] — (손도장)
교육시간 {{time:2시간}} / 강사 농협중앙회 [[PERSON:채윤호]] 차장
"""},
{"id": "s15-n04-010", "kind": "input_purchase_ledger", "text": """영농자재 외상·카드 구매 내역 ({{date:2024.04}})
일자,조합원,사업자번호,품목,금액,결제
{{date:04-03}},[[PERSON:오세창]],[[KR_BRN:135-90-4418?]],표고배지 400봉,{{amount:1,480,000}},외상(수확후 정산)
{{date:04-09}},[[PERSON:하진솔]],[[KR_BRN:135-91-3382?]],토마토 양액비료,{{amount:312,000}},[[CREDIT_CARD:5107-37**-****-1904]]
{{date:04-22}},[[PERSON:장동철]],-,배합사료 2톤,{{amount:1,236,000}},[[CREDIT_CARD:9490 2210 0348 557?]]
{{date:04-30}},원삼영농조합법인,{{business_number:135-86-04411}},상토 200포,{{amount:1,100,000}},계좌이체
"""},
{"id": "s15-n04-011", "kind": "election_violation_report", "text": """조합장선거 금품 제공 신고 (선관위 제보 내용 정리)
제보일 {{date:2025.02.18}}  제보자: 익명(연락처 [[PHONE_NUMBER:010-63**-**18]])
내용: {{date:2월 15일}} 밤 {{time:9시}}경 백봉리 [[PERSON:천만복]] 씨 집 앞에 흰색 SUV([[KR_CAR_PLATE:234가 7719]])가 세워져 있었고,
운전자(40대 남성, 후보 [[PERSON:변상철]] 측 선거운동원 [[PERSON:길민호]]로 추정)가 봉투를 건넸다고 함.
같은 날 [[KR_ADDRESS:백봉리 311-2]] 집에도 들렀다는 목격담 있음.
"""},
{"id": "s15-n04-012", "kind": "associate_member_application", "text": """준조합원 가입신청서 (비농업인)
성명: [[PERSON:서아름]]  생년월일: [[BIRTH_DATE:1993-11-08]]
주소: [[KR_ADDRESS:용인시 처인구 모현읍 능원로 58, 103동 1201호]]
휴대폰: [[PHONE_NUMBER:010-9014-2286]]
신분확인: 운전면허증 [[KR_DRIVER_LICENSE:서울 15-022718-30]] (발급 {{date:2019.07.16}})
가입금 {{amount:10,000원}} / 처리자 모현지점 [[PERSON:나윤후]] ([[EMPLOYEE_ID:0098512]])
"""},
{"id": "s15-n04-013", "kind": "address_change", "text": """조합원 주소변경 신고서
조합원 [[PERSON:변상철]] (조합원번호 {{member_number:0031-000112}}, 생년월일 [[BIRTH_DATE:1958년 4월 3일]])
변경 전: [[KR_ADDRESS:원삼면 사암리 201-3]]
변경 후: [[KR_ADDRESS:용인시 처인구 원삼면 사암로 15-11 (사암리)]]
변경일: {{date:2024.10.21}}  연락처 변경 없음 ([[PHONE_NUMBER:010-2088-4417]])
"""},
{"id": "s15-n04-014", "kind": "farming_group_heads", "text": """영농회장 명단 (양지농협)
양지1영농회 [[PERSON:연상만]] ☎[[PHONE_NUMBER:339-7205]]
주북영농회 [[PERSON:우영길]] ☎[[PHONE_NUMBER:010-5560-3017]]
추계영농회 [[PERSON:팽기호]] ☎[[PHONE_NUMBER:010.2047.9983]]
평창영농회 [[PERSON:천옥분]] 님 아드님 [[PERSON:이재원]] 대행 ☎[[PHONE_NUMBER:010-8802-4476]]
영농회장 회의 매월 {{date:첫째 주 화요일}}, 수당 {{amount:5만원}}
"""},
{"id": "s15-n04-015", "kind": "tax_exempt_deposit", "text": """조합원 예탁금 비과세 한도 확인
고객: [[PERSON:여상구]] ([[KR_RRN:620518-1******]]) 
비과세 한도 {{amount:3,000만원}} 중 사용 {{amount:2,450만원}}
계좌: [[BANK_ACCOUNT:351-0821-3376-01]] (정기예탁금, 만기 {{date:2025.06.30}})
      [[BANK_ACCOUNT:351-0821-3376-18]] (자유적립, 만기 {{date:2026.01.15}})
조회 단말 {{code:WONSAM-T03}} / 조회시각 {{time:14:22:09}}
"""},
{"id": "s15-n04-016", "kind": "benefit_receipt", "text": """조합원 실익지원 농자재 상품권 수령 확인
No | 성명 | 주민번호 | 금액 | 수령인(대리 시) | 서명
1 | [[PERSON:홍분례]] | [[KR_RRN:321015-2xxxxxx]] | {{amount:100,000}} | [[PERSON:김현수]](손자) | 김
2 | [[PERSON:안갑수]] | [[KR_RRN:370203-1xxxxxx]] | {{amount:100,000}} | 본인 | [[PERSON:안갑수]](인)
3 | [[PERSON:봉정애]] | [[KR_RRN:400614-2xxxxxx]] | {{amount:100,000}} | 본인 | ✓
지급일 {{date:2024-12-10}}
"""},
{"id": "s15-n04-017", "kind": "portal_log", "text": """[NH조합원포털] 로그인 알림: [[PERSON:하진솔]]님 계정이 {{date:2024.06.11 23:48}} 새 기기에서 로그인했습니다. 접속 IP [[IP_ADDRESS:118.235.14.92]] (모바일) / 앱 버전 {{version:3.4.12}}. 본인이 아니면 {{public_number:1588-2100}}"""},
{"id": "s15-n04-018", "kind": "short_note", "text": """출자금 증좌 상담: [[PERSON:류정숙]] 조합원 ([[BIRTH_DATE:62.10.01]]) 500좌 추가 원함, 딸 명의 계좌([[PERSON:강예린]], 카카오뱅크 [[BANK_ACCOUNT:3333-08-5527140]])에서 이체 예정"""},
]
