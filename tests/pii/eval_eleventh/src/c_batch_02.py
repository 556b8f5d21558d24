# Writer c, batch 02: vocational training (국민내일배움카드), national technical qualifications, attendance. All values invented. CC0 1.0.
DOCS = [
{"id": "s11-c02-001", "kind": "application_form", "text": """국민내일배움카드 발급 신청서
① 성명: [[PERSON:도경환]]   ② 주민등록번호: [[KR_RRN:931205-109772?]]
③ 주소: [[KR_ADDRESS:경기도 성남시 분당구 성남대로 331번길 8, 킨스타워 1104호]]
   (실거주지 다를 경우) [[KR_ADDRESS:서울특별시 송파구 오금로 19길 25-7 반지하]]
④ 휴대폰: [[PHONE_NUMBER:010-3189-4406]]   ⑤ 이메일: [[EMAIL_ADDRESS:khdo1205@hanmail.net]]
⑥ 신청유형: 실업자(구직급여 수급 중)   ⑦ 희망 카드사: 농협
⑧ 최종학력: 고졸   ⑨ 이전 카드 발급 이력: 있음(유효기간 만료 {{date:2024.11.30}})
신청일 {{date:2025. 1. 13.}}  /  접수처: {{org_name:성남고용복지플러스센터}}"""},

{"id": "s11-c02-002", "kind": "system_log", "text": """[HRD-Net 출결연동] 과정ID={{code:AIG20240000481627}} 회차=3
{{date:2025-04-07 08:52:31}} IN  trainee=[[PERSON:기윤아]] birth=[[BIRTH_DATE:19970223]] card=[[CREDIT_CARD:9411-24**-****-6703]] term=QR-02 ip=[[IP_ADDRESS:121.134.55.201]]
{{date:2025-04-07 08:58:02}} IN  trainee=[[PERSON:설진우]] birth=[[BIRTH_DATE:19880714]] card=[[CREDIT_CARD:5137-92**-****-1180]] term=QR-02 ip=[[IP_ADDRESS:121.134.55.201]]
{{date:2025-04-07 09:11:45}} IN  trainee=[[PERSON:모하늘]] birth=[[BIRTH_DATE:20000919]] card=[[CREDIT_CARD:9411-24**-****-2257]] term=MOBILE ip=[[IP_ADDRESS:223.38.17.94]] flag=LATE
{{date:2025-04-07 13:00:07}} OUT trainee=[[PERSON:기윤아]] term=QR-02 ip=[[IP_ADDRESS:121.134.55.201]]
# netmask {{subnet_mask:255.255.254.0}} / agent {{version:hrd-agent 3.2.1}}"""},

{"id": "s11-c02-003", "kind": "sms", "text": """[Web발신]
NH농협카드(국민내일배움카드) [[CREDIT_CARD:9411-24**-****-6703]] [[PERSON:기*아]]님 {{amount:432,000원}} 승인(정부지원) {{date:04/07 10:21}} (주)에이아이교육센터 누적 {{amount:1,296,000원}}"""},

{"id": "s11-c02-004", "kind": "case_note", "text": """훈련생 상담일지
과정명: 전산회계1급·ERP 실무자 양성과정(14기)   상담일: {{date:2025.04.15}}   상담자: 직업상담사 [[PERSON:국은비]]
훈련생: [[PERSON:설진우]] ([[BIRTH_DATE:88.7.14]]생, 남)
주요내용: 최근 2주간 지각 4회. 본인 진술로는 아버지([[PERSON:설만호]], [[BIRTH_DATE:1956]]년생) 요양병원 면회 때문에 오전에 늦는다고 함. 출석률 {{statistic:82.3%}}로 80% 미만 시 훈련장려금 미지급 됨을 안내.
향후계획: {{date:4/22}} 재상담, 출결 사유서 제출 안내. 비상연락 [[PHONE_NUMBER:010-2701-88１５]]"""},

{"id": "s11-c02-005", "kind": "application_form", "text": """2025년도 정기 기능사 제2회 실기시험 원서접수 확인증
수험번호: {{exam_number:25202120417}}      종목: 전기기능사
성    명: [[PERSON:어진혁]]                생년월일: [[BIRTH_DATE:1999년 09월 01일]]
주민등록번호: [[KR_RRN:990901-1******]]
주    소: [[KR_ADDRESS:경기 수원시 장안구 정조로 1012-3 (영화동) 1층]]
연 락 처: [[PHONE_NUMBER:010-9336-2107]]
시험일시: {{date:2025. 6. 14.(토) 09:00}}   시험장: {{place_name:한국폴리텍대학 화성캠퍼스}} 전기실습실
응시수수료: {{amount:106,200원}} (결제카드 [[CREDIT_CARD:4673-09**-****-5512]])
※ 자격증 번호 예시 {{certificate_number:25201120417A}}는 합격 후 부여됩니다."""},

{"id": "s11-c02-006", "kind": "email", "text": """보낸 사람: 경기직업전문학교 행정실 <{{public_email:admin@ggvoc.kr}}>
받는 사람: [[EMAIL_ADDRESS:haneul.mo@kakao.com]]
참조: 담당 훈련교사 [[PERSON:탁세영]] <[[EMAIL_ADDRESS:sy.tak@ggvoc.kr]]>
제목: [출결 경고] 바리스타·브런치 창업과정 [[PERSON:모하늘]] 훈련생

[[PERSON:모하늘]] 훈련생님, {{date:4월 1일~4월 11일}} 사이 지각 {{statistic:5회}}, 결석 {{statistic:1회}}가 확인되었습니다.
단위기간 출석률이 80% 미만이면 훈련장려금({{amount:월 최대 316,000원}})이 지급되지 않습니다.
병원 진료 등 사유가 있으면 {{date:4월 18일}}까지 증빙을 제출해 주세요.
문의: 행정실 {{public_number:031-248-7700}} / 담당 [[PERSON:탁세영]] 교사 [[PHONE_NUMBER:010-4452-0938]]"""},

{"id": "s11-c02-007", "kind": "kakaotalk", "text": """[용접특화 11기 단톡방]
반장 [[PERSON:곽태오]]: 내일 실습 09시까지 {{place_name:B동 용접실}}로 바로 오세요
[[PERSON:Tran Van Duc]]: 네 알겠습니다 반장님
[[PERSON:곽태오]]: 그리고 안전화 안 가져오면 실습 못함ㅠ 지난번에 [[PERSON:민철]]이형 결석처리됐어요
[[PERSON:진민철]]: ㅋㅋ 그거 얘기 그만해
[[PERSON:곽태오]]: 보험 가입 때문에 [[PERSON:Duc]] 외국인등록번호 다시 필요하대요 사무실에서
[[PERSON:Tran Van Duc]]: [[KR_FRN:911027-5812236]] 이거 맞아요
[[PERSON:곽태오]]: 단톡에 올리지 말고 갠톡으로 ㅠㅠ 일단 전달함"""},

{"id": "s11-c02-008", "kind": "scanned_form_ocr", "text": """결 석 사 유 서
과 정 명 : 산업용 드론 조종 및 정비 (3기)
성   명 : [[PERSON:인 소 율]]      생년월일 : [[BIRTH_DATE:1995 . 1O . O6]]
결석일자 : {{date:2O25 . O4 . 1O}} ~ {{date:2O25 . O4 . 11}}  (2일)
사    유 : 모친([[PERSON:차영숙]]) 수술 보호자 동반
첨부서류 : 입원확인서 1부
연 락 처 : [[PHONE_NUMBER:OlO-8824-3O95]]
                                     작성자  [[PERSON:인소율]]  (서명)"""},

{"id": "s11-c02-009", "kind": "spreadsheet_export", "text": """훈련장려금_지급대상_2025년3월.xlsx (Sheet1)
번호|훈련생명|생년월일|출석률|지급액|은행|계좌
1|[[PERSON:기윤아]]|[[BIRTH_DATE:1997-02-23]]|96.0%|{{amount:316,000}}|농협|[[BANK_ACCOUNT:302-1147-8823-91]]
2|[[PERSON:설진우]]|[[BIRTH_DATE:1988-07-14]]|84.0%|{{amount:316,000}}|신한|[[BANK_ACCOUNT:140-011-772904]]
3|[[PERSON:모하늘]]|[[BIRTH_DATE:2000-09-19]]|78.5%|0|토스뱅크|[[BANK_ACCOUNT:1000-3318-2290]]
4|[[PERSON:임가온]]|[[BIRTH_DATE:1991-12-31]]|100%|{{amount:316,000}}|새마을금고|[[BANK_ACCOUNT:9002-1887-4412-3]]
※ 3번 출석률 미달로 미지급(단위기간 {{date:03.04~04.03}})"""},

{"id": "s11-c02-010", "kind": "application_form", "text": """국가기술자격증 재발급 신청(분실)
성명 [[PERSON:왕보람]]  생년월일 [[BIRTH_DATE:1984.04.19]]
자격종목 지게차운전기능사  자격번호 {{certificate_number:10402020111G}}  취득일 {{date:2010.06.25}}
수령방법: 우편 — 배송지 [[KR_ADDRESS:용인시 처인구 백암면 백암로 201-14 (백암리)]]
본인확인 신분증: 운전면허증 [[KR_DRIVER_LICENSE:경기 04-417729-81]]
연락처 [[PHONE_NUMBER:010-6677-3012]]
수수료 {{amount:3,100원}} + 배송료 {{amount:3,010원}}"""},

{"id": "s11-c02-011", "kind": "phone_memo", "text": """☎ {{date:4/16(수)}} 11:05 훈련생 [[PERSON:임가온]] 모친 [[PERSON:나정희]]님 전화(집 [[PHONE_NUMBER:031)262-4419]]) — 가온 씨 취업 확정돼서 {{date:다음 주}}부터 조기취업 중도탈락 처리 원함. 수료 인정 여부 문의 → 조기취업 수료 요건(출석 {{statistic:50% 이상}}) 충족, 근로계약서 사본 받기로. 사업장: 수원 {{place_name:광교테크노밸리}} 소재."""},

{"id": "s11-c02-012", "kind": "contract_extract", "text": """직업능력개발훈련 위탁계약서(발췌)
갑: {{org_name:수원시 일자리정책과}}
을: 훈련기관명 한빛코딩공방   대표자 [[PERSON:반지성]]
    사업자등록번호 [[KR_BRN:124-27-8830?]] (개인)
    소재지 [[KR_ADDRESS:수원시 영통구 광교중앙로 248번길 7-2, 4층 401호]]
    대표 휴대전화 [[PHONE_NUMBER:010-2015-6683]]
병(협력기관): (주)에이아이교육센터, 사업자번호 {{business_number:135-86-04127}}
계약기간: {{date:2025.03.01. ~ 2025.12.31.}}
계약금액: {{amount:48,600,000원}}(부가세 면세)"""},

{"id": "s11-c02-013", "kind": "roster", "text": """[출석부] 요양보호사 표준교육과정 주간반 (용인시 기흥구)  {{date:2025년 4월 셋째주}}
성명        생년월일    월 화 수 목 금
[[PERSON:하○숙]]      [[BIRTH_DATE:1966.**.**]]   ○ ○ ○ ○ ○
[[PERSON:용정자]]      [[BIRTH_DATE:59.03.11]]     ○ 지 ○ ○ ○
[[PERSON:Alimova Dilnoza]] [[BIRTH_DATE:1983.08.05]] ○ ○ 결 ○ ○
[[PERSON:제갈미선]]    [[BIRTH_DATE:1972.11.02]]   ○ ○ ○ 조 ○
비고: 지=지각, 결=결석, 조=조퇴 / 실습기관 {{org_name:기흥효요양원}}"""},

{"id": "s11-c02-014", "kind": "roster", "text": """지게차·굴착기 실습 안전교육 참석 명단 ({{date:2025.05.02}})
1) [[PERSON:봉재석]]  운전면허 [[KR_DRIVER_LICENSE:11-92-087431-20]]  실습차량 {{code:FL-03}}
2) [[PERSON:소민규]]  운전면허 [[KR_DRIVER_LICENSE:13 01 662908 55]]  실습차량 {{code:FL-01}}
3) [[PERSON:Rakhimov Sardor]]  운전면허(국내 전환) [[KR_DRIVER_LICENSE:경남 98-221347-73]]
자가차량 주차: [[KR_CAR_PLATE:231러 4408]]([[PERSON:봉재석]]), [[KR_CAR_PLATE:경기42머7119]]([[PERSON:소민규]])
교육장소: {{place_name:수원시 권선구 산업단지 내 실습장}}"""},

{"id": "s11-c02-015", "kind": "receipt", "text": """카드매출전표
가맹점명: 한빛코딩공방   대표자: [[PERSON:반지성]]   사업자번호: [[KR_BRN:124-27-8830?]]
가맹점 주소: [[KR_ADDRESS:수원시 영통구 광교중앙로 248번길 7-2, 4층 401호]]
카드번호: [[CREDIT_CARD:5521 3088 1746 902?]]
승인일시: {{date:2025/04/02 14:17:55}}   승인번호: {{approval_number:30127744}}
거래금액: {{amount:120,000}} (자부담 15%)
구매자: [[PERSON:엄지유]]"""},

{"id": "s11-c02-016", "kind": "complaint_letter", "text": """국민신문고 접수 민원 (부정수급 신고)
신고인: 익명 희망
내용: {{place_name:성남시 중원구 상대원동}}의 ○○직업학원에서 실제 수업은 안 하고 훈련생 출석만 찍는 것 같습니다. 제 친구 [[PERSON:류승아]]({{statistic:28세}})도 등록만 하고 한 번도 안 갔는데 출석률 100%로 장려금 받았다고 합니다. 학원 원장 [[PERSON:방철규]]이 카드를 직접 가지고 있다는 얘기도 있습니다. 학원 주소는 [[KR_ADDRESS:성남시 중원구 둔촌대로 388, 3층]]입니다.
접수번호: {{receipt_number:1AA-2504-0315221}}  접수일: {{date:2025-04-21}}"""},

{"id": "s11-c02-017", "kind": "system_log", "text": """q-net auth.log
Apr 19 07:58:13 qnet-was02 login ok uid=jinhyuk.eo ip=[[IP_ADDRESS:175.223.20.148]] mfa=sms
Apr 19 07:58:40 qnet-was02 exam.apply uid=jinhyuk.eo item=7780 seat={{exam_number:25202120417}}
Apr 19 08:02:11 qnet-was02 login fail uid=admin ip=[[IP_ADDRESS:45.134.26.9]] count=17 action=block
Apr 19 08:02:11 qnet-was02 waf rule={{code:942100}} src=[[IP_ADDRESS:45.134.26.9]]"""},

{"id": "s11-c02-018", "kind": "memo", "text": """메모) 내일배움카드 분실 재발급 — [[PERSON:도경환]] 님, 새 카드 [[CREDIT_CARD:9411 2489 3310 657?]] 등록 완료({{date:1/29}}). 이전 카드는 분실신고로 정지됨, 다른 훈련생 카드와 혼동 주의."""},
]
