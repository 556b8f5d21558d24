# Writer u, batch 03: 한부모·다문화 가족 지원, 푸드뱅크·푸드마켓 (용인시). Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s17-u03-001", "kind": "form", "text": """한부모가족 지원 대상자 (아동양육비) 신청서
신 청 인 : [[PERSON:설유진]]       주민등록번호 : [[KR_RRN:880921-273104?]]
주    소 : [[KR_ADDRESS:경기도 용인시 처인구 금령로 56번길 11-7 (김량장동), 3층 301호]]
휴 대 폰 : [[PHONE_NUMBER:010-4773-2019]]

자녀  ① [[PERSON:설하린]]  [[BIRTH_DATE:2015. 06. 19.]]  (초4)
      ② [[PERSON:설하준]]  [[BIRTH_DATE:2019. 12. 01.]]  (어린이집)
이혼일 : {{date:2023. 05. 10.}}  / 전 배우자 : [[PERSON:조태호]] (양육비 미지급)
양육비 이행관리원 신청 여부 : 예 (접수번호 {{case_number:이행-2024-114207}})

아동양육비 입금계좌 : 하나은행 [[BANK_ACCOUNT:620-218845-10307]]
신청일 : {{date:2025. 02. 17.}}                 신청인 : [[PERSON:설유진]] (서명)"""},

{"id": "s17-u03-002", "kind": "case_note", "text": """[다문화가족 사례관리] {{date:2025-01-21}} 초기상담 / 상담자 [[PERSON:엄지혜]]
내담자: [[PERSON:NGUYEN THI THU TRANG]] ([[PERSON:응우옌 티 투 짱]]), 베트남, [[BIRTH_DATE:1996.02.08]]
외국인등록번호: [[KR_FRN:960208-6017335]]  /  여권: [[KR_PASSPORT:C8812405]] (베트남, 만료 {{date:2028.09.14}})
배우자: [[PERSON:고상만]] ([[BIRTH_DATE:1971]]년생) 농업, 처인구 원삼면 거주
주소: [[KR_ADDRESS:용인시 처인구 원삼면 사암리 412-3]]
자녀: [[PERSON:고은별]] ([[BIRTH_DATE:2021.10.30]]) 
주호소: 남편의 언어폭력, 시어머니와 갈등. 통역 필요(베트남어) — 통번역사 [[PERSON:레 티 흐엉]] 연계
긴급 연락: 본인 [[PHONE_NUMBER:010-2218-5907]] (남편 모르게 연락할 것!!)"""},

{"id": "s17-u03-003", "kind": "receipt", "text": """기 부 물 품 영 수 증  (용인푸드뱅크)
영수증번호: {{receipt_number:YIFB-2025-00862}}
기부자(상호): 맛나손만두   대표자: [[PERSON:피재영]]
사업자등록번호: [[KR_BRN:142-21-7038?]]
주소: [[KR_ADDRESS:용인시 수지구 풍덕천로 129, 1층 102호]]
품목: 냉동만두 40kg (시가 {{amount:320,000원}})
기부일: {{date:2025.02.06}}
위와 같이 기부받았음을 확인합니다.
용인푸드뱅크 (고유번호 {{business_number:135-82-11946}}) 담당 [[PERSON:신예준]]"""},

{"id": "s17-u03-004", "kind": "pipe_table", "text": """푸드마켓 이용자 | 생년월일 | 연락처 | 이용카드 | 자격
[[PERSON:김 미 자]] | [[BIRTH_DATE:1950/03/17]] | [[PHONE_NUMBER:010-3156-2208]] | {{code:FM-0231}} | 차상위
[[PERSON:라미숙]] | [[BIRTH_DATE:1977/11/02]] | [[PHONE_NUMBER:(031)337-5512]] | {{code:FM-0232}} | 한부모
[[PERSON:Maria Cristina Dela Cruz]] | [[BIRTH_DATE:1985/08/24]] | [[PHONE_NUMBER:010 9174 6630]] | {{code:FM-0233}} | 긴급지원
[[PERSON:봉재석]] | [[BIRTH_DATE:1962/01/09]] | 없음 | {{code:FM-0234}} | 수급자
이용기간 {{date:2025/03/01 ~ 2025/08/31}}, 월 1회 {{amount:5품목}}"""},

{"id": "s17-u03-005", "kind": "sms", "text": """(광고아님) 용인푸드마켓 기흥점입니다. [[PERSON:라미숙]]님 이번달 이용일은 {{date:3월 12일(수)}} 10~17시입니다. 이용카드 꼭 지참! 변경문의 {{public_number:031-286-9988}}"""},

{"id": "s17-u03-006", "kind": "form", "text": """정기후원 약정서 (푸드뱅크 나눔 후원)
후원자명: [[PERSON:선우진]]   생년월일: [[BIRTH_DATE:19830506]] (연말정산 영수증 발급용)
휴대전화: [[PHONE_NUMBER:010-5007-3341]]   이메일: [[EMAIL_ADDRESS:sunwoo.jin83@gmail.com]]
주소: [[KR_ADDRESS:용인시 기흥구 동백중앙로 283, 동백 호수마을 한라비발디 1203동 604호]]
후원금액: 월 {{amount:30,000원}}  /  출금일: 매월 25일
결제방법: [v] 신용카드  [ ] CMS
  카드번호: [[CREDIT_CARD:5409-2830-1174-662?]]   유효기간: {{code:09/28}}
  CMS(변경 시): 기업 [[BANK_ACCOUNT:010-114827-01-015]]
약정일: {{date:2025.1.14}}   후원자 서명: [[PERSON:선우진]]"""},

{"id": "s17-u03-007", "kind": "email", "text": """From: 용인시가족센터 통번역팀 <{{public_email:interpret@yongin-family.or.kr}}>
Cc: [[EMAIL_ADDRESS:lethihuong.tv@yongin-family.or.kr]]
Subject: RE: {{date:1/24}} 통역 일정 확인

[[PERSON:엄지혜]] 선생님께,
[[PERSON:짱]] 씨 상담 통역은 제가 맡겠습니다. 다만 {{date:1/24}}은 법원 통역 일정이 있어 {{date:1/27(월)}} 오전 10시로 조정 부탁드립니다.
[[PERSON:짱]] 씨 남편분이 같이 오시지 않도록 미리 연락해 주시면 좋겠습니다.
— [[PERSON:레 티 흐엉]] (Le Thi Huong) / 통번역사 / 직원번호 [[EMPLOYEE_ID:YFC-T-009]] / 직통 [[PHONE_NUMBER:031-323-7019]]"""},

{"id": "s17-u03-008", "kind": "chat", "text": """주무관님 안녕하세요 [[PERSON:설하린]]엄마에요
양육비 이번달 들어왔는지 확인좀 부탁드려도될까요
통장엔 아직 안보여서요ㅠ
---
네 어머님 {{date:20일}} 일괄지급이라 오늘 오후에 들어갈 거에요
하나은행 [[BANK_ACCOUNT:620-218845-10307]] 맞으시죠?
---
네네 맞아요!! 감사합니다 그리고 [[PERSON:하준]]이 어린이집 서류는 언제까지에요?
---
{{date:이번주 금요일}}까지요~ 김량장동 주민센터로 가져오시면 돼요. [[PERSON:소민경]] 드림"""},

{"id": "s17-u03-009", "kind": "spreadsheet", "text": """다문화가족 방문교육 대상자 (2025 상반기)
No\t이름\t국적\t외국인등록번호\t입국일\t주소\t방문교사
1\t[[PERSON:왕샤오메이]]([[PERSON:王小梅]])\t중국\t[[KR_FRN:870415-6******]]\t{{date:2019-03-02}}\t[[KR_ADDRESS:기흥구 신갈로 58번길 14, 다동 203호]]\t[[PERSON:채수빈]]
2\t[[PERSON:Bat-Erdene Oyunchimeg]]\t몽골\t[[KR_FRN:9201116******]]\t{{date:2022-11-15}}\t[[KR_ADDRESS:처인구 모현읍 왕산리 88-14]]\t[[PERSON:채수빈]]
3\t[[PERSON:속 찬타]]\t캄보디아\t[[KR_FRN:990723-8431290]]\t{{date:2023-06-20}}\t[[KR_ADDRESS:처인구 백암면 백암로 201번길 9]]\t[[PERSON:남혜령]]
4\t[[PERSON:마리아 산토스]]\t필리핀\t[[KR_FRN:9006306121554]]\t{{date:2018-08-08}}\t[[KR_ADDRESS:수지구 신봉2로 33, 102-1503]]\t[[PERSON:남혜령]]
※ 입국일은 생년월일이 아님 — 기존 자료 오기재 정정 완료"""},

{"id": "s17-u03-010", "kind": "ocr", "text": """사 실 확 인 서
성  명 : [[PERSON:MARIA CRISTINA DELA CRUZ]]
국  적 : PHILIPPINES     여권번호 : [[KR_PASSPORT:P4402917A]]
생년월일 : [[BIRTH_DATE:24 AUG 1985]]
위 사람은 본인의 배우자 [[PERSON:탁 영 수]] (주민번호 [[KR_RRN:6 5 0 2 1 4 - 1 ★ ★ ★ ★ ★ ★]]) 와 {{date:2O17 년 9 월}} 혼인하여
현재 [[KR_ADDRESS:용인시 처인구 중부대로 1 3 9 9 번 길 2 7]] 에 함께 거주하고 있음을 확인합니다.
2O25 . O2 . 11 .   확인자 : 통장 [[PERSON:민 경 숙]] (인) ☎ [[PHONE_NUMBER:O1O-7726-5O31]]"""},

{"id": "s17-u03-011", "kind": "letter", "text": """한부모가족증명서
발급번호 {{document_number:제 2025-0387호}}
성명: [[PERSON:라미숙]]   생년월일: [[BIRTH_DATE:1977년 11월 2일]]
주소: [[KR_ADDRESS:용인시 기흥구 구갈로 45-6, 2층]]
가구원: 자 [[PERSON:라온]] ([[BIRTH_DATE:2010년 3월 29일]]), 자 [[PERSON:라찬]] ([[BIRTH_DATE:2013년 7월 7일]])
지원기간: {{date:2025년 3월 1일 ~ 2026년 2월 28일}}
「한부모가족지원법」 제5조에 따른 지원대상자임을 증명합니다.
{{date:2025년 2월 24일}}  용인시 기흥구청장"""},

{"id": "s17-u03-012", "kind": "system_log", "text": """[FB-SYS] {{date:2025/02/06 16:20:11}} donor_reg ok donor_type=개인사업자 brn=[[KR_BRN:142217038?]] by=[[EMPLOYEE_ID:fb-yi-0007]] from [[IP_ADDRESS:211.44.187.23]]
[FB-SYS] {{date:2025/02/06 16:22:40}} donor_reg ok donor_type=법인 brn={{business_number:2148812340}} by=[[EMPLOYEE_ID:fb-yi-0007]] from [[IP_ADDRESS:211.44.187.23]]
[FB-SYS] {{date:2025/02/06 16:25:02}} export csv rows=214 size={{statistic:48.2KB}} by=[[EMPLOYEE_ID:fb-yi-0012]] from [[IP_ADDRESS:2001:0db8:85a3:0042:1000:8a2e:0370:7334]]"""},

{"id": "s17-u03-013", "kind": "complaint", "text": """안녕하세요 저는 라오스 사람 [[PERSON:분미 씨삿]] 입니다. 한국말 잘 못해서 죄송합니다
남편 [[PERSON:우창호]] 작년 사망하였습니다. 아기 [[PERSON:우하나]] 혼자 키웁니다.
한부모 지원 받고 싶은데 외국 사람이라 안된다고 합니다 왜 그렇습니까? 아기는 한국 사람 입니다.
저 외국인 번호 [[KR_FRN:930305-6872114]] 입니다, 전화 [[PHONE_NUMBER:010-8062-1147]]
집 [[KR_ADDRESS:용인 처인구 포곡읍 전대리 510-4 202호]] 입니다 도와주세요"""},

{"id": "s17-u03-014", "kind": "memo", "text": """청소년한부모 자립지원 면담 — [[PERSON:진하율]](18세, [[BIRTH_DATE:2006.10.04]]), 용인○○고 3학년 학번 [[STUDENT_ID:30417]], 자녀 [[PERSON:진봄]]([[BIRTH_DATE:2024.05.16]]) 양육. 담임 [[PERSON:석은혜]] 교사 협조로 출석 인정 처리 중. 아동양육비 {{amount:월 35만원}} 지급. 다음 면담 {{date:3/6}}."""},

{"id": "s17-u03-015", "kind": "csv", "text": """\"성명\",\"생년월일\",\"은행\",\"계좌\",\"금액\",\"비고\"
\"[[PERSON:설유진]]\",\"[[BIRTH_DATE:1988-09-21]]\",\"하나\",\"[[BANK_ACCOUNT:62021884510307]]\",\"{{amount:420000}}\",\"2자녀\"
\"[[PERSON:라미숙]]\",\"[[BIRTH_DATE:1977-11-02]]\",\"우리\",\"[[BANK_ACCOUNT:1002-557-304418]]\",\"{{amount:420000}}\",\"2자녀\"
\"[[PERSON:진하율]]\",\"[[BIRTH_DATE:2006-10-04]]\",\"우체국\",\"[[BANK_ACCOUNT:011387-02-207745]]\",\"{{amount:350000}}\",\"청소년한부모\"
\"[[PERSON:분미 씨삿]]\",\"[[BIRTH_DATE:1993-03-05]]\",\"농협\",\"[[BANK_ACCOUNT:302-1147-0608-41]]\",\"{{amount:210000}}\",\"심사중\"
지급예정일,{{date:2025-03-20}},,,,"""},

{"id": "s17-u03-016", "kind": "notice", "text": """[용인시가족센터] 결혼이민자 한국어교육 신청 안내
- 필요서류: 외국인등록증 사본(뒷자리 가림 예: {{format_example:YYMMDD-5******}}), 여권 사본(예: {{format_example:M12345678}} 형식은 한국 여권)
- 접수: {{date:2025.03.04(화)}}~{{date:03.14(금)}}
- 문의 {{public_number:031-323-7100}} / {{public_email:edu@yongin-family.or.kr}}
- 장소: 용인시가족센터 3층 강의실({{room_number:301호}})"""},

{"id": "s17-u03-017", "kind": "case_note", "text": """{{date:2.13}} 가정방문 (통역 동행 X, 파파고 사용)
[[PERSON:王小梅]] 씨 남편 [[PERSON:편동욱]]과 별거 중. 자녀 [[PERSON:편서윤]](8세)은 외조모가 중국에서 양육 중이라 함. 
여권 [[KR_PASSPORT:EH5027813]] (중국) 유효, 외국인등록증 만료 임박 → 출입국 연장 안내.
연락처 [[PHONE_NUMBER:+82 10 4456 1873]], 위챗 ID {{code:wxid_xm8812}}"""},

{"id": "s17-u03-018", "kind": "sms", "text": """[[PERSON:봉재석]]님 푸드뱅크 긴급식품 지원 결정. 수령: {{date:2/28}} 14시 처인구 푸드뱅크(역북동). 대리수령 시 위임장+대리인 신분증. 담당 [[PERSON:신예준]] [[PHONE_NUMBER:010-2054-8817]]"""},
]
