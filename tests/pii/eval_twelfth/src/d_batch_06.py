# Writer d, batch 06: 외국인 입주민, 인테리어 공사·누수 보험, 관리비 납부, 혼합. All values invented. CC0 1.0.
DOCS = [
{"id": "s12-d06-001", "kind": "registration_form", "text": """입주자 카드 (외국인 세대)
세대주 Name: [[PERSON:NGUYEN VAN THANH]] / 한글: [[PERSON:응우옌 반 탄]]
Nationality: Viet Nam   D.O.B: [[BIRTH_DATE:12 MAR 1990]]
ARC No.(외국인등록번호): [[KR_FRN:900312-5730418]]
Passport No.: [[KR_PASSPORT:C4829107]]
동거인: [[PERSON:LE THI MAI]] (배우자) ARC [[KR_FRN:921105-6******]]
Unit: [[KR_ADDRESS:204-1706]]  Tel: [[PHONE_NUMBER:010-2748-9063]]
입주일 Move-in: {{date:2025.04.05}}  계약만료 {{date:2027.04.04}}"""},
{"id": "s12-d06-002", "kind": "notice", "text": """[Notice for foreign residents / 외국인 입주민 안내]
When registering your vehicle, please bring your ARC and Korean driver's license (여권번호 예시: {{code:M12345678}} 형식은 입력하지 마세요 — 외국인등록번호만 입력).
Example ARC format: {{code:YYMMDD-5XXXXXX}}
Office: {{public_number:031-216-0082}} / {{public_email:office.help@cheongmyeong-apt.kr}}
Interpretation (Vietnamese/Chinese): Tue·Thu {{time:14:00-17:00}}"""},
{"id": "s12-d06-003", "kind": "email", "text": """From: [[PERSON:Zhou Lin]] <[[EMAIL_ADDRESS:zhoulin0611@qq.com]]>
To: 관리사무소
Subject: 누수 피해 보상 문의 ([[KR_ADDRESS:412동 903호]])

您好, 저는 [[KR_ADDRESS:412동 903호]]에 사는 중국 유학생 [[PERSON:周琳]]([[PERSON:저우린]])입니다. {{org_name:아주대학교}} 대학원 학번 [[STUDENT_ID:202421871]].
윗집에서 물이 새서 노트북이 고장났어요. 윗집 아저씨([[PERSON:구본석]])는 보험사에 연락한다고만 했어요.
보험사에서 제 외국인등록번호와 여권번호를 달라고 합니다: ARC [[KR_FRN:980611-6402917]], 여권 [[KR_PASSPORT:EJ3308172]]. 이렇게 보내도 되나요?
제 전화: [[PHONE_NUMBER:010-6021-4418]]"""},
{"id": "s12-d06-004", "kind": "insurance_claim", "text": """일상생활배상책임 사고접수 확인서
사고번호: {{case_number:2025-0417-LW-552031}}
피보험자: [[PERSON:구본석]] / 주민등록번호 [[KR_RRN:710926-1427 05?]] / [[KR_ADDRESS:수원시 영통구 봉영로 1600, 412동 1003호]]
피해자: [[PERSON:Zhou Lin]] (외국인등록번호 [[KR_FRN:980611-6******]])
사고일: {{date:2025.04.14}} / 접수일: {{date:2025.04.17}}
손해사정 담당: [[PERSON:경태호]] 대리 [[PHONE_NUMBER:010-3362-7159]], [[EMAIL_ADDRESS:thkyung@hnsonhae.co.kr]]
보험금 지급계좌(피해자): [[BANK_ACCOUNT:하나 620-228194-507]]"""},
{"id": "s12-d06-005", "kind": "consent_form", "text": """인테리어 공사 이웃 동의서
공사세대: [[KR_ADDRESS:311동 2102호]] (세대주 [[PERSON:성다온]])
공사기간: {{date:2025.05.12 ~ 06.07}} (소음작업 평일 09~17시)
시공업체: {{org_name:온새미인테리어}} 대표 [[PERSON:우성범]] / 사업자 [[KR_BRN:220-31-0572?]] / 현장소장 [[PHONE_NUMBER:010-8842-1907]]

| 세대 | 성명 | 서명 | 비고 |
| 2002호 | [[PERSON:변하나]] | 변하나 | 오전 작업 선호 |
| 2001호 | [[PERSON:탁미정]] | (부재) | |
| 2202호 | [[PERSON:Jacob Lee]] | [[PERSON:J.Lee]] | 재택근무, 소음 시 연락 [[PHONE_NUMBER:010-5533-0261]] |
| 2201호 | [[PERSON:금주희]] | 금 | |""".replace("| 변하나 | 오전", "| [[PERSON:변하나]] | 오전")},
{"id": "s12-d06-006", "kind": "phone_memo", "text": """5/14 09:20 2202호 [[PERSON:제이콥]] 씨 전화 — 타일 철거 소음 심각, 오전 9시 전부터 시작했다 함. 현장소장 통화 → 9시 이후로 시정 약속. 
재민원 시 공사중지 요청 가능하다고 안내. (접수 [[PERSON:우수정]], 사번 [[EMPLOYEE_ID:CM-0217]])"""},
{"id": "s12-d06-007", "kind": "application_form", "text": """관리비 신용카드 자동납부 변경 신청
세대 [[KR_ADDRESS:204동 1706호]]  신청인 [[PERSON:응우옌 반 탄]]
기존 카드: [[CREDIT_CARD:5433-12**-****-0847]]
변경 카드: [[CREDIT_CARD:5433 1290 8452 601?]]  (신한 Deep Dream)
생년월일 [[BIRTH_DATE:900312]]  /  카드사 본인확인 연락처 [[PHONE_NUMBER:010-2748-9063]]
※ 카드번호 입력 예: {{code:0000-0000-0000-0000}}
적용월: {{date:2025년 6월 부과분}}부터"""},
{"id": "s12-d06-008", "kind": "bill_export", "text": """관리비 고지서 (전자) 2025년 05월분
동호: 204-1706 / 납부자번호: {{code:0204170625}} / 면적 {{statistic:84.97㎡}}
부과금액 {{amount:287,430원}} / 납기 {{date:2025.06.25}}
납부계좌: {{public_account:기업은행 074-013688-04-011}} (예금주: 청명마을입주자대표회의)
카드 자동납부: ****-****-****-6011 (등록)
고객센터 {{public_number:1577-7014}}""".replace("동호: 204-1706", "동호: [[KR_ADDRESS:204-1706]]").replace("****-****-****-6011", "[[CREDIT_CARD:****-****-****-6011]]")},
{"id": "s12-d06-009", "kind": "kakao_chat", "text": """[412동 누수 피해세대 방]
[[PERSON:구본석]]: 903호 학생 분 보험접수 했어요. 손해사정사분 연락 갈 거예요
[[PERSON:Zhou Lin]]: 네 감사합니다 ^^
[[PERSON:염소라]](803호): 저희도 천장에 물자국 생겼는데 같이 접수되나요? 아랫집이라...
[[PERSON:구본석]]: 803호도요?? 아이고.. 대리님 번호 드릴게요 [[PHONE_NUMBER:010-3362-7159]]"""},
{"id": "s12-d06-010", "kind": "system_log", "text": """# apt-portal access log (admin)
[[IP_ADDRESS:58.229.104.17]] - kimhj [{{date:18/May/2025:09:12:44 +0900}}] "GET /admin/residents/export?dong=204 HTTP/1.1" 200 48213
[[IP_ADDRESS:58.229.104.17]] - kimhj [{{date:18/May/2025:09:13:02 +0900}}] "POST /admin/residents/204-1706/card HTTP/1.1" 302 0
[[IP_ADDRESS:fe80::1c2a:77ff:fe3b:9d10]] - - [{{date:18/May/2025:03:44:51 +0900}}] "GET /wp-login.php HTTP/1.1" 404 162 "-" "zgrab/0.x"
# OID sysDescr {{oid:1.3.6.1.2.1.1.1.0}} polled by nms (mask {{subnet_mask:255.255.255.240}})""".replace("/residents/204-1706/card", "/residents/[[KR_ADDRESS:204-1706]]/card")},
{"id": "s12-d06-011", "kind": "complaint_letter", "text": """관리사무소 직원의 개인정보 유출 관련 신고
지난 {{date:5월 18일}} 관리사무소 직원 김모 주임이 전체 204동 입주자 명부를 엑셀로 내려받아 외부 업체(이사업체)에 넘겼다는 제보를 받았습니다. 명부에는 제 이름([[PERSON:하연주]]), 연락처([[PHONE_NUMBER:010-7730-5148]]), 차량번호([[KR_CAR_PLATE:201무 6638]])까지 다 들어 있었습니다. 실제로 {{date:5/20}}부터 이사업체 광고 문자가 옵니다.
개인정보보호위원회에도 신고할 예정이오니 경위를 밝혀 주십시오.
[[KR_ADDRESS:204동 502호]] 하연주""".replace("204동 502호]] 하연주", "204동 502호]] [[PERSON:하연주]]")},
{"id": "s12-d06-012", "kind": "reservation_log", "text": """승강기 이사 사용 예약 대장
예약번호,동,일자,시간,세대,신청자,연락처,업체
{{reservation_number:EV-0531-01}},311,{{date:05/31}},08-12,[[KR_ADDRESS:311-2102]],[[PERSON:성다온]],[[PHONE_NUMBER:010-4207-8815]],{{org_name:영통이사}}
{{reservation_number:EV-0531-02}},204,{{date:05/31}},13-17,[[KR_ADDRESS:204-1103]],[[PERSON:류재희]],[[PHONE_NUMBER:010-1187-3046]],개인(용달 [[KR_CAR_PLATE:경기89바2291]])
{{reservation_number:EV-0601-01}},412,{{date:06/01}},09-13,[[KR_ADDRESS:412-903]],[[PERSON:Zhou Lin]],[[PHONE_NUMBER:010-6021-4418]],-
사용료 1회 {{amount:50,000}} / 보증금 {{amount:100,000}} 현장 카드결제"""},
{"id": "s12-d06-013", "kind": "ocr_form", "text": """운  전  경  력  증  명  서 (일부 판독불가)
성  명 : [[PERSON:류 재 희]]
생년월일 : [[BIRTH_DATE:1983. O8. 2l]]
면허번호 : [[KR_DRIVER_LICENSE:서울 O6-2l8874-3l]]
면허종별 : 1종보통 / 취득일 : {{date:2OO6. O9. l4}}
위반·사고 : 없음(최근 {{statistic:5년}})
발급일 {{date:2O25. O5. 28}}  발급기관 {{org_name:서울강서경찰서}}"""},
{"id": "s12-d06-014", "kind": "meeting_minutes", "text": """입주자대표회의 임시회의 ({{date:2025-06-03}}) 요지
1. 개인정보 유출 의혹(204동 명부) : 관리소장 [[PERSON:현정민]] 경위 보고. 주임 [[PERSON:김혜진]](사번 [[EMPLOYEE_ID:CM-0198]])이 {{date:5/18}} 명부를 내려받은 사실은 접속기록(IP [[IP_ADDRESS:58.229.104.17]])으로 확인, 외부 전달 여부는 조사 중.
2. 조치 : 해당 직원 대기발령, 관리 프로그램 관리자 계정 비밀번호 전부 변경, 접속 허용 IP 제한.
3. 민원인 [[PERSON:하연주]] 님께 서면 사과 및 조사 결과 통보 ({{date:6/10}}까지)."""},
{"id": "s12-d06-015", "kind": "spreadsheet", "text": """작은도서관 대학생 멘토링 출석부 (6월)
멘토\t학번\t학교\t멘티\t멘티 생년월일\t출석
[[PERSON:방지원]]\t[[STUDENT_ID:202213047]]\t경기대\t[[PERSON:곽서우]]\t[[BIRTH_DATE:2016.04.09]]\t4/4
[[PERSON:윤태민]]\t[[STUDENT_ID:2021-10394]]\t아주대\t[[PERSON:이루다]]\t[[BIRTH_DATE:2015.11.01]]\t3/4
[[PERSON:예지안]]\t[[STUDENT_ID:B2311056]]\t수원대\t[[PERSON:김하람]]\t[[BIRTH_DATE:2016.02.19]]\t4/4"""},
{"id": "s12-d06-016", "kind": "sms", "text": """[관리비] [[KR_ADDRESS:204동 1706호]] 5월분 카드승인 {{amount:287,430원}} 승인완료 (신한 601*). 본 메시지는 발신전용입니다."""},
{"id": "s12-d06-017", "kind": "case_note", "text": """외국인 입주민 통역 지원 기록 / {{date:2025.06.12}}
통역: 다문화가족지원센터 베트남어 통역사 [[PERSON:Trần Thị Ngọc]] ([[PHONE_NUMBER:010-9482-1156]])
대상: [[KR_ADDRESS:204동 1706호]] [[PERSON:LE THI MAI]]
내용: 층간소음 민원(아랫집 [[PERSON:류재희]] → 위층 [[KR_ADDRESS:204동 1806호]]?) 오인 신고 — 실제 소음원은 1806호가 아닌 옆라인으로 확인. 마이 씨에게 규정 설명.
마이 씨 여권 만료 예정({{date:2025.08}}) → 출입국 갱신 안내""".replace("마이 씨에게", "[[PERSON:마이]] 씨에게").replace("마이 씨 여권", "[[PERSON:마이]] 씨 여권")},
{"id": "s12-d06-018", "kind": "complaint_letter", "text": """ㅇ민원내용: 아파트 흡연구역이 어린이집 바로 앞이에요. 햇살어린이집 정문에서 {{statistic:10m}}도 안됩니다. 원장님([[PERSON:라소희]])도 여러번 건의했다고 하시고요. 금연구역 지정해주세요.
ㅇ민원인: [[PERSON:탁성진]] ([[BIRTH_DATE:1988.3.30]]) / [[KR_ADDRESS:수원시 영통구 매탄로 17 (매탄동) 117동 1204호]] / [[PHONE_NUMBER:010-7105-3359]]
ㅇ처리기한: {{date:2025-06-24}}"""},
]
