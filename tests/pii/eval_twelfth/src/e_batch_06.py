# Writer e, batch 06: mixed (temporary buildings, food trucks, fines arrears, interns, payments).
# All persons, addresses and numbers are invented. CC0 1.0.
DOCS = [
{"id": "s12-e06-001", "kind": "spreadsheet", "text": """가설건축물(컨테이너 숙소) 거주자 현황 - 현장확인 {{date:2024.07.09}}
소재지: [[KR_ADDRESS:화성시 팔탄면 율암리 221-7]] (공장 부지 내)
연번 | 성명 | 국적 | 외국인등록번호 | 여권번호 | 생년월일
1 | [[PERSON:NGUYEN DUC ANH]] | 베트남 | [[KR_FRN:950822-5187346]] | [[KR_PASSPORT:C6391027]] | [[BIRTH_DATE:22/08/1995]]
2 | [[PERSON:SOKHA CHAN]] | 캄보디아 | [[KR_FRN:980104-5310227]] | [[KR_PASSPORT:N01884523]] | [[BIRTH_DATE:04/01/1998]]
3 | [[PERSON:RAHMAN MD SHAFIQUL]] | 방글라데시 | 미등록(입국 2주) | [[KR_PASSPORT:A07731926]] | [[BIRTH_DATE:1991-11-30]]
4 | [[PERSON:TSEND-AYUSH BAT]] | 몽골 | [[KR_FRN:870519-5******]] | - | [[BIRTH_DATE:1987.05.19]]
사업주: [[PERSON:경태순]] (사업자 [[KR_BRN:143-26-0918?]]) / 공장장 [[PERSON:호진철]] [[PHONE_NUMBER:010-7342-5508]]"""},

{"id": "s12-e06-002", "kind": "application_form", "text": """지방세외수입 신용카드 자동납부 신청서
납부자 성명 [[PERSON:방성진]]       생년월일 [[BIRTH_DATE:1980-02-26]]
과목: 이행강제금(건축과), 도로점용료(건설과)
카드번호 [[CREDIT_CARD:5598 1202 4435 710?]]   유효기간 {{date:09/28}}   카드사 삼성
카드 소유자 [[PERSON:방성진]] (본인)
연락처 [[PHONE_NUMBER:010-5582-3147]]  이메일 [[EMAIL_ADDRESS:bangsj0226@nate.com]]
신청일 {{date:2024. 3. 4.}}    ※ 매 납기 말일 출금, 출금 실패 시 익월 재청구"""},

{"id": "s12-e06-003", "kind": "application_form", "text": """세움터 업무 권한 신청 (설계사무소 직원)
사무소명: 소담건축사사무소   대표건축사 [[PERSON:구하람]]  사업자 [[KR_BRN:138-07-2264?]]
사무소 주소 [[KR_ADDRESS:성남시 분당구 황새울로 200번길 28, 6층 602호]]
직원 명단
 사원번호 [[EMPLOYEE_ID:SD-2019-04]]  [[PERSON:류시원]]  실장  [[EMAIL_ADDRESS:siwon.ryu@sodam-arch.kr]]
 사원번호 [[EMPLOYEE_ID:SD-2022-11]]  [[PERSON:맹다솜]]  사원  [[EMAIL_ADDRESS:dasom.maeng@sodam-arch.kr]]
 사원번호 [[EMPLOYEE_ID:SD-2024-02]]  [[PERSON:Ito Mei]]  인턴  (공용 {{public_email:office@sodam-arch.kr}})
권한: 허가·신고 서류 작성, 보완 제출 (승인권한 제외)"""},

{"id": "s12-e06-004", "kind": "application_form", "text": """옥외광고사업 등록신청서
상호: 하늘간판   대표자 [[PERSON:성기범]]
대표자 주민등록번호 [[KR_RRN:850717-148211?]]
사업자등록번호 [[KR_BRN:215-14-7703?]]   (법인 아님)
사업장 소재지 [[KR_ADDRESS:용인시 처인구 백암면 백암로 203-5, 공장동]]
전화 {{public_number:031-333-9420}} / 대표 휴대전화 [[PHONE_NUMBER:010-9941-5623]]
기술능력: 옥외광고 실무교육 이수자 [[PERSON:성기범]](이수번호 {{code:KOAA-2023-11847}})
시설: 고소작업차 1대 ([[KR_CAR_PLATE:경기 89 아 7420]])
신청일 {{date:2024.02.13}}"""},

{"id": "s12-e06-005", "kind": "application_form", "text": """푸드트럭 영업장소 도로점용 신청
신청인 [[PERSON:차윤하]] (만 29세, [[BIRTH_DATE:'95.03.11]]생)  청년창업 우대 대상
사업자등록번호 [[KR_BRN:571-38-0046?]]  상호: 윤하네 타코
차량번호 [[KR_CAR_PLATE:95보 3318]] (1톤 구조변경 완료)
운전면허 [[KR_DRIVER_LICENSE:경기 20-117734-81]]
희망장소: 탄천 종합운동장 앞 보도(성남시 지정 영업장소 3번)
점용료 환급계좌: 토스뱅크 [[BANK_ACCOUNT:1000-2281-5094]]
연락처 [[PHONE_NUMBER:010-3316-0952]]"""},

{"id": "s12-e06-006", "kind": "official_letter", "text": """수원시 영통구청
수신 [[PERSON:김태오]] 님 ([[KR_ADDRESS:수원시 영통구 청명남로 22, 203동 1304호]])
제목 과태료 체납에 따른 예금채권 압류 예고 통지
1. 귀하께서는 불법 전단지 배포에 따른 과태료 {{amount:3,250,000원}}(가산금 포함)을 {{date:2024. 6. 30.}} 현재 체납하고 있습니다.
2. {{date:2024. 8. 9.}}까지 납부하지 않으면 아래 예금채권을 압류할 예정입니다.
  - 국민은행 [[BANK_ACCOUNT:815202-04-118372]]
  - 카카오뱅크 [[BANK_ACCOUNT:3333-12-7048651]]
3. 납부: 수원시 세입계좌 {{public_account:농협 301-0133-7751-21}}
세무과 체납관리팀 [[PERSON:심재웅]] ([[PHONE_NUMBER:031-228-2684]])"""},

{"id": "s12-e06-007", "kind": "spreadsheet", "text": """2024 하계 현장실습생 배치표 ({{org_name:(주)정도지적측량}})
성명,대학,학과,학번,생년월일,배치현장,실습기간
[[PERSON:임서준]],경기대,토목공학과,[[STUDENT_ID:202011342]],[[BIRTH_DATE:2001.02.14]],고등동 경계복원,{{date:7/1~8/23}}
[[PERSON:제갈민아]],경기대,도시공학과,[[STUDENT_ID:202112087]],[[BIRTH_DATE:2002.09.03]],판교 분할측량,{{date:7/1~8/23}}
[[PERSON:하리온]],신구대,공간정보과,[[STUDENT_ID:2023-41075]],[[BIRTH_DATE:2004.06.27]],고등동 경계복원,{{date:7/8~8/16}}
현장지도: [[PERSON:간호철]] 대표 / 안전교육 {{date:7/1 09:00}}"""},

{"id": "s12-e06-008", "kind": "phone_memo", "text": """통역 3자통화 {{date:7/10}} (다누리콜센터 {{public_number:1577-1366}} 베트남어 상담원 [[PERSON:레티투]]씨)
공장 컨테이너 숙소 거주자 [[PERSON:응우옌 득 아인]]씨 - 숙소 철거되면 갈 곳 없다고 함. 사업주 [[PERSON:경태순]]이 다른 숙소 알아봐 주기로 했다고 전달.
본인 연락처 [[PHONE_NUMBER:010-2957-6604]] (카톡 가능)"""},

{"id": "s12-e06-009", "kind": "ocr_scan", "text": """ 舊 土 地 臺 帳 (이기본 OCR)
所 在  [[KR_ADDRESS:水原郡 安龍面 細柳里 三五七番地]]
地 目  田      地 積  三百二十坪
所有者 住所 [[KR_ADDRESS:水原郡 安龍面 細柳里 三六一]]
       氏名 [[PERSON:金 在 弼]]   生年月日 [[BIRTH_DATE:明治 四十二年 三月 七日]]
事故 {{date:昭和 十五年 六月 二日}} 所有權移轉
※ 한글 판독: 소유자 [[PERSON:김재필]] / 생 [[BIRTH_DATE:1909. 3. 7.]] (판독자 [[PERSON:소진우]])"""},

{"id": "s12-e06-010", "kind": "kakaotalk", "text": """[[PERSON:류시원]] 실장
사장님 용도변경 설계 계약금 입금 부탁드립니다~ 우리은행 [[BANK_ACCOUNT:1005-603-118742]] 소담건축사사무소(예금주 [[PERSON:구하람]])입니다

[[PERSON:고은별]]
네 오늘 보낼게요 근데 테라스 도로점용 건도 같이 봐주시는거죠?

[[PERSON:류시원]] 실장
네 건설과에 작년 허가내역 확인해볼게요. 사장님 생년월일 [[BIRTH_DATE:930105]] 맞으시죠? 위임장에 필요해서요"""},

{"id": "s12-e06-011", "kind": "email", "text": """From: 한국국토정보공사 <{{public_email:noreply@lx.or.kr}}>
To: [[EMAIL_ADDRESS:hwangym1208@gmail.com]]
Date: {{date:2024-08-21 16:03}}
Subject: [LX] 지적측량 수수료 결제 영수증

[[PERSON:황영민]] 고객님, 결제가 완료되었습니다.
- 측량종목: 지적현황측량 ([[KR_ADDRESS:처인구 포곡읍 전대리 314-1]])
- 결제카드: BC [[CREDIT_CARD:9490-22**-****-4617]]
- 승인일시: {{date:2024-08-21 16:02:48}}  승인번호 {{code:44012871}}
- 금액: {{amount:498,300원}}
본 메일은 발신전용입니다. 문의 {{public_number:1588-7704}}"""},

{"id": "s12-e06-012", "kind": "complaint", "text": """아파트 앞 불법 현수막 신고 (사진 5장)
주소: [[KR_ADDRESS:성남시 분당구 불정로 90, 한솔마을 503동 앞]]
현수막 내용 "개인회생 파산 무료상담 ☎ [[PHONE_NUMBER:010-38**-55**]]" (사진에 번호 일부 가려짐, 원본 확인 부탁)
한 장은 지난주에도 떼어 달라고 했던 그 업체입니다.
신고인: [[PERSON:육지혜]] / 문자회신 [[PHONE_NUMBER:010-6180-2379]]"""},

{"id": "s12-e06-013", "kind": "application_form", "text": """옥외집회 신고서 (대학 학생회)
주최자: [[PERSON:송하민]] (아주대학교 총학생회장, 학번 [[STUDENT_ID:201921145]])
생년월일 [[BIRTH_DATE:2000년 8월 19일]]  주소 [[KR_ADDRESS:수원시 영통구 월드컵로 193번길 21-6, 402호]]
질서유지인: [[PERSON:명재우]]([[STUDENT_ID:202022318]]), [[PERSON:탁서영]]([[STUDENT_ID:202123905]])
목적: 등록금 인상 반대 및 기숙사 신축 촉구
일시 {{date:2024.03.20 12:00~13:30}}  장소 아주대 정문 ~ 월드컵로 인도  예상인원 {{statistic:300명}}
확성기 1대(휴대용) 사용 예정"""},

{"id": "s12-e06-014", "kind": "system_log", "text": """PG-LOG {{date:2024-07-31 23:58:02}} merchant=SWSEOI approve card=[[CREDIT_CARD:3562-4410-7781-902?]] holder=[[PERSON:유다인]] amt={{amount:215000}} item=도로점용료 client_ip=[[IP_ADDRESS:175.223.18.146]] tls={{version:TLSv1.3}}
PG-LOG {{date:2024-07-31 23:58:40}} merchant=SWSEOI decline card=[[CREDIT_CARD:4009-87**-****-3321]] holder=[[PERSON:남기철]] reason=한도초과 client_ip=[[IP_ADDRESS:39.7.55.201]]"""},

{"id": "s12-e06-015", "kind": "application_form", "text": """건축물 해체 허가 신청서
관리자(소유자) [[PERSON:봉재민]]   생년월일 [[BIRTH_DATE:1963. 1. 8.]]
주소 [[KR_ADDRESS:용인시 수지구 신봉2로 12-3]]   전화 [[PHONE_NUMBER:010-4008-1953]]
해체 대상 [[KR_ADDRESS:수지구 신봉동 552-9]] 주택 및 부속창고 (연면적 {{amount:212.4㎡}})
해체공사 감리자 {{org_name:(주)우성건축사사무소}} 건축사 [[PERSON:반소윤]]
장비 운전원 [[PERSON:석대호]] 면허 [[KR_DRIVER_LICENSE:서울 96-305172-33]] (굴착기 조종사 면허 별도)
해체 예정기간 {{date:2024.10.07~2024.10.25}}"""},

{"id": "s12-e06-016", "kind": "sms", "text": """[용인시 토지정보과] [[PERSON:여재복]]님, 전대리 일대 지적재조사 경계결정위원회가 {{date:9월 27일(금) 14시}} 시청 3층 소회의실에서 열립니다. 의견진술 희망시 [[PHONE_NUMBER:031-324-3519]]([[PERSON:소진우]])로 연락주세요."""},

{"id": "s12-e06-017", "kind": "official_letter", "text": """성남시 중원구청
수신  [[PERSON:남궁연]] 님 ([[KR_ADDRESS:성남시 중원구 상대원동 190-1 성남하이테크밸리 B동 1층]])
제목  가설건축물 존치기간 연장신고 수리 통보
귀하께서 {{date:2024. 11. 4.}} 신고한 가설건축물(컨테이너 사무실, {{amount:18㎡}})의 존치기간 연장신고를 수리합니다.
연장 후 존치기간: {{date:2025. 12. 31.}}까지
사업자등록번호 [[KR_BRN:128-29-5591?]]  신고번호 {{document_number:중원-가설-2024-0312}}"""},

{"id": "s12-e06-018", "kind": "phone_memo", "text": """[[PERSON:은지]] 씨 오늘 반차 → 현수막 민원 {{case_number:2AA-2408-3340}} 건 [[PERSON:육지혜]]님 회신은 내가 처리함 ({{date:8/14}} [[PERSON:모하람]])"""},
]
