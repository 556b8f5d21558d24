# Writer j, batch 02: insurance claims. CC0 1.0. All values invented.
DOCS = [
{"id": "s14-j02-001", "kind": "insurance_claim", "text": """보험금 청구서 (실손의료비)

▶ 피보험자
성명: [[PERSON:도하윤]]     주민등록번호: [[KR_RRN:120704-4072815]]
※ 미성년자 - 법정대리인 모 [[PERSON:도윤희]] 작성
▶ 청구인(수익자)
성명: [[PERSON:도윤희]]     생년월일: [[BIRTH_DATE:1984년 02월 09일]]
휴대폰: [[PHONE_NUMBER:010-3315-8840]]   이메일: [[EMAIL_ADDRESS:yunhee84@naver.com]]
주소: [[KR_ADDRESS:경기도 수원시 영통구 광교중앙로 145, 2203동 1702호 (이의동, 광교아이파크)]]
▶ 사고내용: 급성 장염으로 {{org_name:아주대학교병원}} 입원 ({{date:2024.02.03}} ~ {{date:2024.02.06}})
▶ 보험금 수령계좌: {{org_name:국민은행}} [[BANK_ACCOUNT:472601-01-338204]] 예금주 [[PERSON:도윤희]]
청구일 {{date:2024년 2월 13일}}"""},

{"id": "s14-j02-002", "kind": "insurance_export", "text": """claim_no,접수일,피보험자,생년월일,연락처,사고일,청구금액,상태
{{claim_number:C24-0311-00982}},{{date:2024-03-11}},[[PERSON:이준서]],[[BIRTH_DATE:1990-09-14]],[[PHONE_NUMBER:010-2298-4410]],{{date:2024-03-02}},{{amount:412000}},심사중
{{claim_number:C24-0311-00983}},{{date:2024-03-11}},[[PERSON:Kim Soyeon]],[[BIRTH_DATE:1976-01-30]],[[PHONE_NUMBER:010-6671-0035]],{{date:2024-02-27}},{{amount:88500}},지급완료
{{claim_number:C24-0311-00984}},{{date:2024-03-11}},[[PERSON:제갈현우]],[[BIRTH_DATE:2001-07-07]],[[PHONE_NUMBER:010-9943-1127]],{{date:2024-03-09}},{{amount:1250000}},서류보완"""},

{"id": "s14-j02-003", "kind": "adjuster_report", "text": """손해사정 조사보고서(요약)

1. 사고자 : [[PERSON:김○연]] ([[BIRTH_DATE:1969.○○.○○]]생, 여)
2. 사고일시 : {{date:2023. 12. 26.}} 오전
3. 사고장소 : 자택 욕실 ([[KR_ADDRESS:용인시 기흥구 보정동 1251 죽현마을아이파크 105동 ***호]])
4. 사고경위 : 샤워 중 미끄러져 우측 손목 골절(원위 요골)
5. 조사자 의견 : 진료기록상 기왕증 없음, 약관상 골절진단비 지급 대상으로 판단됨
6. 조사일 : {{date:2024.01.15}}
   조사자 : {{org_name:한빛손해사정(주)}} 손해사정사 [[PERSON:방경진]] (직통 [[PHONE_NUMBER:031-710-2294]], [[EMAIL_ADDRESS:kj.bang@hanbitclaim.co.kr]])"""},

{"id": "s14-j02-004", "kind": "call_memo", "text": "콜메모 {{date:24/04/08}} {{time:15:12}} 고객 [[PERSON:염승우]] 님 본인확인(생년 [[BIRTH_DATE:870322]]) 완료. 자동차보험 대물 접수 문의. 상대차 [[KR_CAR_PLATE:55더 6201]], 본인차 [[KR_CAR_PLATE:123호 4518]]. 과실비율 불만 있어 분쟁심의위 안내함. 회신번호 [[PHONE_NUMBER:010-8830-1472]] / 상담사 [[PERSON:주혜린]]([[EMPLOYEE_ID:C21408]])"},

{"id": "s14-j02-005", "kind": "travel_insurance_claim", "text": """Travel Insurance Claim Form / 해외여행보험 청구서
Name (성명): [[PERSON:YOON SEUNGHEE]] / [[PERSON:윤승희]]
Date of Birth: [[BIRTH_DATE:23 APR 1993]]
Passport No.: [[KR_PASSPORT:M470B2216]]
Travel period: {{date:2024.05.18}} - {{date:2024.05.25}} (Da Nang)
Incident: 휴대품 도난 (가방, 아이폰15) on {{date:May 22, 2024}}
Police report no.: {{document_number:DN-2205-0481}}
Contact: [[PHONE_NUMBER:+82-10-4150-7739]] / [[EMAIL_ADDRESS:seunghee.yoon93@gmail.com]]
Bank: 카카오뱅크 [[BANK_ACCOUNT:3333-08-5527193]]"""},

{"id": "s14-j02-006", "kind": "insurance_claim", "text": """일상생활배상책임 사고접수

접수번호: {{claim_number:LB-2024-071930}}
피보험자(가해): [[PERSON:채민규]] / [[KR_ADDRESS:성남시 분당구 불정로 390, 609동 1003호]] / [[PHONE_NUMBER:010-5561-3402]]
피해자(아래층): [[PERSON:현나래]] / [[KR_ADDRESS:불정로 390, 609동 903호]] / [[PHONE_NUMBER:010-2674-9915]]
내용: {{date:7/15}} 피보험자 세대 욕실 배관 누수로 아래층 천장 석고보드 및 도배 손상. 누수탐지업체 {{org_name:바른누수}}({{public_number:1661-2758}}) 소견서 첨부.
예상손해액: {{amount:약 180만원}}"""},

{"id": "s14-j02-007", "kind": "worker_insurance", "text": """외국인근로자 상해보험 보험금 청구
근로자 성명 : [[PERSON:NGUYEN THI LAN]] (응우옌 티 란)
외국인등록번호 : [[KR_FRN:950211-6123457]]
여권번호 : [[KR_PASSPORT:C3359201]]
생년월일 : [[BIRTH_DATE:11/02/1995]]
사업장 : {{org_name:㈜대성정밀}} 화성공장 (사업자등록번호 {{business_number:124-81-55027}})
사고일 : {{date:2024.06.03}} / 손가락 절단(좌 제2지)
담당 : 인사팀 [[PERSON:엄기현]] 과장 [[PHONE_NUMBER:010-4471-2035]]"""},

{"id": "s14-j02-008", "kind": "email", "text": """보낸사람: [[PERSON:신재원]] <[[EMAIL_ADDRESS:jaewon_s@daum.net]]>
받는사람: {{public_email:claim@samjin-ins.co.kr}}
날짜: {{date:2024년 8월 19일 (월) 오전 9:41}}
제목: 휴대폰 파손 보험금 청구 서류 재송부

안녕하세요. 지난주에 접수한 파손 건({{claim_number:접수번호 P0815-2214}}) 서류가 누락됐다고 연락받아서 다시 보냅니다.
가입자 [[PERSON:신재원]], 생년월일 [[BIRTH_DATE:99. 1. 28]], 기기 IMEI {{serial_number:35 290611 204873 2}} 입니다.
수리비 영수증과 카드 매출전표(카드번호 [[CREDIT_CARD:9410-61**-****-2207]]) 첨부합니다.
감사합니다. [[PHONE_NUMBER:010-3027-5519]]"""},

{"id": "s14-j02-009", "kind": "insurance_claim", "text": "사망보험금 청구 관련) 피보험자 故 [[PERSON:여상철]]([[BIRTH_DATE:1951. 10. 2.]]생, {{date:2024. 7. 30.}} 사망)의 법정상속인 [[PERSON:여진아]](장녀, [[BIRTH_DATE:1978.04.17]]), [[PERSON:여진호]](장남, [[BIRTH_DATE:1981.11.23]]) 공동청구. 상속인 대표 연락처 [[PHONE_NUMBER:010-6402-8813]]. 구비서류: 사망진단서, 기본증명서(상세), 가족관계증명서, 상속인 전원 인감증명서."},

{"id": "s14-j02-010", "kind": "online_claim_log", "text": """[모바일 청구 접수 로그]
2024-09-02T11:03:27+09:00 login user=[[EMAIL_ADDRESS:hk.seo77@kakao.com]] ip=[[IP_ADDRESS:211.36.142.77]] app={{version:v5.12.3}}
2024-09-02T11:05:51+09:00 claim_submit id={{claim_number:M2409020331}} insured="[[PERSON:서한경]]" dob=[[BIRTH_DATE:19770513]] ip=[[IP_ADDRESS:211.36.142.77]]
2024-09-02T11:06:02+09:00 account_change bank=020 acct=[[BANK_ACCOUNT:1002-744-219508]] ip=[[IP_ADDRESS:2001:e60:8114:3c2a::1f]]"""},

{"id": "s14-j02-011", "kind": "accident_statement", "text": """사고 경위서

저는 [[KR_ADDRESS:경기 성남시 수정구 위례광장로 104 위례자연앤셑트럴자이 4507동 202호]]에 사는 [[PERSON:명수아]] 입니다. ({{date:'24.3.8}}) 오전 8시경 아이 등원시키러 나가다 아파트 단지내 보도블럭이 튀어나온 곳에 걸려 넘어졌습니다. 무릎 인대가 늘어나서 {{org_name:성남중앙병원}}에서 반깁스 했습니다. 관리사무소 [[PERSON:최정호]] 소장님께 사진 보내드렸고 단지 영업배상 보험으로 처리해주신다고 하셨어요.
연락처 [[PHONE_NUMBER:010-9812-3364]] / 생년월일 [[BIRTH_DATE:91년 5월 6일]]"""},

{"id": "s14-j02-012", "kind": "auto_insurance", "text": """[대인배상 지급결의서]
사고번호 {{claim_number:2024-3301-077412}}
피해자 | [[PERSON:추예진]] | [[KR_RRN:020319-4******]] | 입원 12일, 통원 9회
피해자 | [[PERSON:추동민]] | [[KR_RRN:650828-1******]] | 통원 3회
지급액 | 위자료·휴업손해·향후치료비 합계 {{amount:4,870,000원}}
지급계좌 | {{org_name:농협}} [[BANK_ACCOUNT:352-0981-2274-13]] (예금주 [[PERSON:추동민]])
결재 | 담당 [[PERSON:은지호]] / 팀장 [[PERSON:공태석]] / {{date:2024.10.17}}"""},

{"id": "s14-j02-013", "kind": "sms", "text": "[Web발신] [[PERSON:허승연]]님, 청구하신 보험금 {{amount:326,400원}}이 {{date:10/22}} 등록계좌([[BANK_ACCOUNT:***-**-*4418]])로 지급되었습니다. 문의 {{public_number:1588-3114}}"},

{"id": "s14-j02-014", "kind": "fraud_investigation", "text": """보험사기 의심건 검토 메모 (대외비)

대상자 [[PERSON:국민철]](주민번호 앞자리 [[KR_RRN:831107-1]]) - 최근 3년간 차량사고 7건, 모두 야간 후진 차량 접촉
관련 차량 [[KR_CAR_PLATE:30두 9016]], [[KR_CAR_PLATE:108부 2233]](지인 [[PERSON:오성필]] 명의)
주소지 [[KR_ADDRESS:수원시 권선구 호매실로 90 (금곡동) 엘에이치 호매실 5단지 503동 1402호]]
이전 주소 [[KR_ADDRESS:안산시 단원구 고잔동 530-2, 301호]]
SIU 담당 [[PERSON:마준혁]], {{date:2024-11-04}} 작성"""},

{"id": "s14-j02-015", "kind": "insurance_claim", "text": """펫보험 청구(진료비)
보호자: [[PERSON:설지안]] ([[PHONE_NUMBER:010-7218-4432]])
반려동물: 보리 (말티즈, 5살, 동물등록번호 {{code:410100012345678}})
진료일: {{date:2024.11.20}} / {{org_name:광교 24시 동물의료센터}}
병명: 슬개골 탈구 2기
영수금액: {{amount:1,342,000원}} (카드 [[CREDIT_CARD:4673 0912 3378 215?]] 일시불)"""},

{"id": "s14-j02-016", "kind": "insurance_claim", "text": """개인사업자 화재보험 청구
상호 : 미소분식 (대표 [[PERSON:왕추이링]])
사업자번호 : [[KR_BRN:135-22-6081?]]
사업장 : [[KR_ADDRESS:용인시 수지구 문정로7번길 12, 1층 102호]]
대표자 외국인등록번호 : [[KR_FRN:781030-6******]]
화재일시 : {{date:2024.12.01}} {{time:04:10}} (주방 전기배선 발화 추정, {{org_name:용인소방서}} 화재증명원 첨부)
연락처 : [[PHONE_NUMBER:031-263-5184]] (가게), [[PHONE_NUMBER:010-3180-2276]] (휴대)"""},

{"id": "s14-j02-017", "kind": "chat_log", "text": """상담원: 고객님 성함과 생년월일 말씀 부탁드립니다.
고객: [[PERSON:기윤아]]요 [[BIRTH_DATE:팔십구년 시월 십일]]
상담원: 확인 감사합니다. 등록된 주소가 [[KR_ADDRESS:수원시 장안구 경수대로 1079 101동 ****호]] 맞으실까요?
고객: 네 맞아요 근데 이사가요 다음달에
상담원: 변경 주소는 이사 후 앱에서 수정 가능하세요. {{time:오후 3시 24분}} 상담 종료합니다."""},

{"id": "s14-j02-018", "kind": "insurance_notice", "text": "[안내] 보험금 청구서 작성 시 계좌번호는 본인 명의 계좌만 기재 가능하며, 예시({{code:000-0000-0000-00}})와 같이 하이픈을 넣어 주십시오. 보험료 납입 전용계좌 {{public_account:우리은행 1005-802-114477}}(예금주 {{org_name:한결생명보험(주)}})로는 보험금이 지급되지 않습니다."},
]
