# Writer p, batch 04: housing - redevelopment / reconstruction association minutes and rosters.
# Hand-written, invented data. CC0 1.0.

DOCS = [
{"id": "s16-p04-001", "kind": "minutes", "text": """{{org_name:수원 권선113-6구역 주택재개발정비사업조합}} 제3차 정기총회 회의록

일시: {{date:2024년 3월 23일(토) 14:00}}
장소: {{place_name:권선구민회관}} 대강당
재적 조합원 {{statistic:1,284명}} 중 직접참석 {{statistic:241명}}, 서면결의 {{statistic:803명}}

사회: 총무이사 [[PERSON:임종필]]
개회선언: 조합장 [[PERSON:성낙원]]

제1호 안건(2023년도 결산 승인) 질의
 - 조합원 [[PERSON:문경숙]](조합원번호 {{member_number:A-0417}}): "감사보고서 받아본 적 없다. 용역비 {{amount:27억}}이 왜 이렇게 많은지 설명해라."
 - 감사 [[PERSON:하태균]]: 감사보고서는 {{date:3월 8일}} 등기우편으로 발송하였고 사무실에 비치되어 있음.
 - 조합원 [[PERSON:Yoon, Michael]](재미교포, 대리인 [[PERSON:윤정애]] 참석): 서면결의서 철회 의사 표시.
표결: 찬성 {{statistic:812}}, 반대 {{statistic:167}}, 기권 {{statistic:65}} → 가결

서기 [[PERSON:백소희]] (인)"""},

{"id": "s16-p04-002", "kind": "csv_export", "text": """조합원번호,성명,생년월일,소유물건(지번),권리가액,연락처
{{member_number:A-0412}},[[PERSON:권순옥]],[[BIRTH_DATE:1946-05-02]],[[KR_ADDRESS:권선동 1113-42]],"{{amount:312,500,000}}",[[PHONE_NUMBER:031-233-9104]]
{{member_number:A-0413}},[[PERSON:권순옥]] 외 1,[[BIRTH_DATE:1946-05-02]],[[KR_ADDRESS:권선동 1113-43 (공유지분 1/2)]],"{{amount:88,000,000}}",[[PHONE_NUMBER:031-233-9104]]
{{member_number:A-0414}},[[PERSON:진대호]],[[BIRTH_DATE:1970-10-19]],[[KR_ADDRESS:권선동 1113-51 2층]],"{{amount:241,700,000}}",[[PHONE_NUMBER:010-3928-0417]]
{{member_number:A-0415}},[[PERSON:모영선]],[[BIRTH_DATE:1958-08-26]],[[KR_ADDRESS:권선동 1114-7 외 1필지]],"{{amount:407,200,000}}",[[PHONE_NUMBER:010 2764 8831]]
{{member_number:A-0416}},(망)[[PERSON:석기순]] 상속인 [[PERSON:석영미]],[[BIRTH_DATE:1981-03-07]],[[KR_ADDRESS:권선동 1114-12]],"{{amount:196,400,000}}",[[PHONE_NUMBER:010-8110-3352]]
"""},

{"id": "s16-p04-003", "kind": "minutes", "text": """대의원회 회의록 요약 ({{date:'24.5.11}})
참석 대의원: [[PERSON:권혁수]], [[PERSON:남지현]], [[PERSON:봉순자]], [[PERSON:어진우]], [[PERSON:Aleksandr Kim]] 외 23명
안건: 시공사 공사비 증액 요청({{amount:평당 690만원 → 780만원}}) 협상안
[[PERSON:남지현]] 대의원: 증액분 산출근거를 제3기관에 검증받자. {{org_name:한국부동산원}} 검증 요청 제안.
[[PERSON:어진우]] 대의원: 검증 기간이 {{statistic:4개월}} 걸리면 이자 부담이 더 크다.
결정: 부동산원 검증 신청 (찬성 18 / 반대 9). 다음 회의 {{date:6월 8일}}
작성: 사무장 [[PERSON:진소율]] / 확인: 조합장 [[PERSON:성낙원]]"""},

{"id": "s16-p04-004", "kind": "messenger_chat", "text": """[113-6구역 조합원 소통방] (참여자 412)
[[PERSON:구본철]]: 분담금 추정액 나왔던데 저희 59타입인데 2억 넘게 나왔어요 이게 말이 됩니까
[[PERSON:안미숙]]: 저희도요 ㅠ 84 신청했는데 3억
[[PERSON:구본철]]: 조합 사무실 전화하면 맨날 통화중. 사무장님 개인번호 아시는분?
[[PERSON:한승우]]: 사무장님 [[PERSON:진소율]]씨 [[PHONE_NUMBER:010-9304-2261]] 이었던 것 같은데 개인번호 여기 올려도 되나 모르겠네요
[[PERSON:안미숙]]: 공식 번호는 {{public_number:031-291-1136}} 이에요
[[PERSON:구본철]]: 감사합니다. 비대위 [[PERSON:명재웅]] 위원장님 {{date:토요일}} 설명회 한다고 하니 다들 오세요"""},

{"id": "s16-p04-005", "kind": "notice", "text": """[분양신청 안내]
분양신청기간: {{date:2024. 7. 1.(월) ~ 2024. 8. 9.(금)}}
신청장소: 조합사무실 ([[KR_ADDRESS:수원시 권선구 권선로 627, 2층]])
제출서류: 분양신청서, 인감증명서, 신분증 사본, 등기사항전부증명서
문의: 조합사무실 {{public_number:031-291-1136}} / {{public_email:gs1136@union-mail.kr}}
담당: 분양팀 [[PERSON:천유나]] 대리 ([[EMAIL_ADDRESS:yuna.cheon@hanbit-pm.co.kr]], 직통 [[PHONE_NUMBER:031-8066-2274]])
※ 기한 내 미신청자는 현금청산 대상이 됩니다."""},

{"id": "s16-p04-006", "kind": "complaint_letter", "text": """조합원 주소 변경 신고서

조합원 성명: [[PERSON:모영선]]   조합원번호: {{member_number:A-0415}}
생년월일: [[BIRTH_DATE:58년 8월 26일]]
변경 전 주소: [[KR_ADDRESS:수원시 권선구 권선동 1114-7]]
변경 후 주소: [[KR_ADDRESS:경기도 화성시 병점중앙로 215, 111동 1803호(진안동, 병점역아이파크캐슬)]]
변경일: {{date:2024.6.30}} (이주에 따른 전출)
앞으로 우편물은 변경된 주소로 보내주시고, 문자는 딸 [[PERSON:최수정]] 번호 [[PHONE_NUMBER:010-4027-5573]]로도 같이 보내주세요.
{{date:2024년 7월 2일}} 신고인 [[PERSON:모영선]] (인)"""},

{"id": "s16-p04-007", "kind": "spreadsheet", "text": """이주비 대출 신청자 접수현황 (협약은행: {{org_name:NH농협은행}} 권선지점)
No	성명	주민등록번호	대출신청액	입금계좌	비고
1	[[PERSON:진대호]]	[[KR_RRN:701019-153821?]]	{{amount:120,000,000}}	[[BANK_ACCOUNT:302-0417-5521-81]]	
2	[[PERSON:석영미]]	[[KR_RRN:810307-284712?]]	{{amount:80,000,000}}	[[BANK_ACCOUNT:351-1023-7748-63]]	상속등기 완료 확인
3	[[PERSON:남궁 석]]	[[KR_RRN:660112-1******]]	{{amount:150,000,000}}	[[BANK_ACCOUNT:110-203-551872]] (신한)	타행계좌
※ 조합 운영계좌 {{public_account:301-2024-1136-01}} 로 입금 금지"""},

{"id": "s16-p04-008", "kind": "ocr_scan", "text": """조 합 설 립 동 의 서 (재건축)
■ 동의자 현황
 성 명 : [[PERSON:변 희 정]]     주민등록번호 : [[KR_RRN:6805l2-2O3l74l]]
 주 소 : [[KR_ADDRESS:성남시 중원구 금광동 28-l 금광삼익아파트 B동 5O2호]]
 전 화 : [[PHONE_NUMBER:O3l-745-2O83]]
■ 소유권 현황 : 건물 {{statistic:84.9l㎡}}, 대지지분 {{statistic:42.7㎡}}
 위 본인은 ... 조합 설립에 동의합니다.
            {{date:2O24 . 2 . l6 .}}   동의자 [[PERSON:변희정]] (지장)"""},

{"id": "s16-p04-009", "kind": "email", "text": """From: [[EMAIL_ADDRESS:jhpark@daewon-ec.com]]
To: [[EMAIL_ADDRESS:union.jinsy@gmail.com]]
Cc: [[EMAIL_ADDRESS:seo.ty@daewon-ec.com]]
Sent: {{date:2024-07-15 오전 10:41}}
Subject: RE: 철거 일정 및 현장 인력 명단

[[PERSON:진소율]] 사무장님,
요청하신 현장 상주인력 명단 보내드립니다.
- 현장소장 [[PERSON:박정훈]] (사번 [[EMPLOYEE_ID:DW-19-0287]], [[PHONE_NUMBER:010-5280-1173]])
- 안전관리자 [[PERSON:서태양]] (사번 [[EMPLOYEE_ID:DW-22-0641]])
- 공무 [[PERSON:임가람]] (사번 [[EMPLOYEE_ID:DW-23-1109]])
철거 착공은 {{date:8월 19일}} 예정이며, 석면 조사 결과는 다음 주에 공유드리겠습니다.
[[PERSON:박정훈]] 드림 / {{org_name:대원건설(주)}} {{public_number:02-3410-7700}}"""},

{"id": "s16-p04-010", "kind": "notice", "text": """현금청산 대상자 공고 (분양 미신청)
연번 | 성명 | 물건 소재지 | 비고
1 | [[PERSON:고*수]] | [[KR_ADDRESS:권선동 1113-**]] | 미신청
2 | [[PERSON:Y** SEUNG]] | [[KR_ADDRESS:권선동 1115-3]] | 해외거주 송달불능
3 | {{org_name:(주)OO상사}} | 권선동 1116 일원 | 법인
4 | [[PERSON:이○○]] | [[KR_ADDRESS:권선동 111*-20]] | 분양신청 철회({{date:8.5}})
공고일 {{date:2024. 8. 20.}}"""},

{"id": "s16-p04-011", "kind": "call_note", "text": """조합사무실 전화메모 {{date:8/27}} {{time:오후 2시 반}}
[[PERSON:권순옥]] 할머님 (A-0412/0413) 전화 → 아드님이 대신 통화 [[PERSON:박상민]] [[PHONE_NUMBER:010-2286-7104]]
공유지분 1/2 물건 분양자격 문의. 공유자 [[PERSON:권순희]](동생) 분과 합쳐서 1주택 분양만 가능하다고 설명.
할머님 주민번호 확인 [[KR_RRN:460502-2******]]. {{date:다음 주 화요일}} 방문 예정, 인감 지참 안내
- 메모 [[PERSON:천유나]]"""},

{"id": "s16-p04-012", "kind": "form", "text": """영업손실보상 신청서 (상가 세입자)
상호: 정다운분식        대표자: [[PERSON:경수진]] (생년월일 [[BIRTH_DATE:1976.04.09]])
사업자등록번호: [[KR_BRN:124-08-7715?]]   개업일: {{date:2011.03.15}}
영업장 소재지: [[KR_ADDRESS:수원시 권선구 권선로 602번길 7, 1층 102호]]
최근 3년 평균 매출: {{amount:연 1억 2천만원}}
보상금 입금계좌: 기업은행 [[BANK_ACCOUNT:010-0447-2913-06]] 예금주 [[PERSON:경수진]]
임대인: [[PERSON:진대호]] (조합원) / 임대차기간 {{date:2021.3.1~2025.2.28}}
비고: 건물주 법인 아님. 같은 건물 2층 {{org_name:(주)권선의료기}}({{business_number:124-81-55102}})는 별도 신청"""},

{"id": "s16-p04-013", "kind": "form", "text": """서면결의서 / 위임장
조합원: [[PERSON:하재성]] (조합원번호 {{member_number:B-1021}}, [[BIRTH_DATE:1963. 1. 17]])
주소: [[KR_ADDRESS:성남 중원구 둔촌대로 83번길 11-3 (성남동)]]
위 조합원은 {{date:2024.9.28.}} 개최되는 임시총회의 의결권 행사를 아래 대리인에게 위임합니다.
대리인: [[PERSON:하민지]] (관계: 자녀, 생년월일 [[BIRTH_DATE:1993. 5. 4]], 연락처 [[PHONE_NUMBER:010-6679-2018]])
제1호 안건 ☑찬성 ☐반대  제2호 안건 ☐찬성 ☑반대"""},

{"id": "s16-p04-014", "kind": "roster", "text": """재건축 정밀안전진단 주민설명회 참석자 명부 ({{date:2024.10.05}} / {{place_name:정자동 주민센터 3층}})
동호수     | 성명    | 연락처           | 서명
102-1101  | [[PERSON:윤재섭]]  | [[PHONE_NUMBER:010-4813-7702]]   | (서명)
102-1502  | [[PERSON:최보람]]  | [[PHONE_NUMBER:010-29**-1180]]   | (서명)
105-304   | [[PERSON:장훈]]    | [[PHONE_NUMBER:01077318825]]     | (서명)
108-1903  | [[PERSON:Lee Grace]] | [[PHONE_NUMBER:010-5127-3096]] | [[PERSON:G.Lee]]
(단지: {{place_name:느티마을3단지}}, 총 {{statistic:770세대}} 중 참석 4명 기재분)"""},

{"id": "s16-p04-015", "kind": "complaint_letter", "text": """재개발 구역 빈집 관리 좀 해주세요.
저희 집이 [[KR_ADDRESS:용인시 처인구 김량장동 372-15]] 인데 바로 옆집(372-16)이 이주 끝나고 {{date:작년 11월}}부터 비어있는데 밤마다 청소년들이 들어가서 담배 피고 불도 피웁니다. 어제는 유리창도 깨졌어요.
조합에도 얘기했는데 철거 전까지는 조합 책임이 아니라고만 하네요.
순찰 강화랑 출입통제 부탁드립니다.
[[PERSON:황은자]] 드림, 연락처 [[PHONE_NUMBER:010‒3128‒6640]]"""},

{"id": "s16-p04-016", "kind": "spreadsheet", "text": """조합 상근직원 현황 ({{date:2024.11.01}} 기준)
직원번호 | 성명 | 직위 | 생년월일 | 입사일 | 급여계좌
[[EMPLOYEE_ID:U-001]] | [[PERSON:진소율]] | 사무장 | [[BIRTH_DATE:1977.02.11]] | {{date:2019.06.01}} | 하나 [[BANK_ACCOUNT:267-910284-51207]]
[[EMPLOYEE_ID:U-003]] | [[PERSON:봉다솜]] | 주임 | [[BIRTH_DATE:1995.09.03]] | {{date:2022.01.10}} | 국민 [[BANK_ACCOUNT:942802-00-418853]]
[[EMPLOYEE_ID:U-004]] | [[PERSON:탁재윤]] | 경리 | [[BIRTH_DATE:1989.12.19]] | {{date:2023.04.03}} | 우리 [[BANK_ACCOUNT:1002-951-402771]]
조합장 [[PERSON:성낙원]] (무보수, 목록 제외)"""},
]
