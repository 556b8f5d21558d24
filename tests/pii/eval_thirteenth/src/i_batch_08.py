# Writer i, batch 08: mixed labour documents (dormitories, interns, employers, address changes). CC0 1.0, all invented.
DOCS = [
{"id": "s13-i08-001", "kind": "form", "text": """Change of Residence Report (체류지 변경신고) — filled in by employer
Name: [[PERSON:KYAW ZIN HTET]]   ARC No.: [[KR_FRN:950228-5314906]]
Old address: [[KR_ADDRESS:Room 203, 28-4, Maesil-ro 12beon-gil, Gwonseon-gu, Suwon-si, Gyeonggi-do]]
New address: [[KR_ADDRESS:B1, 17, Jeongja-ro 35beon-gil, Jangan-gu, Suwon-si]] ({{code:16302}})
Date of move: {{date:2025-02-01}}   Reported by: [[PERSON:Seo Mi-kyung]] (HR) [[PHONE_NUMBER:010-3307-2814]]"""},

{"id": "s13-i08-002", "kind": "email", "text": """제목: 하계 현장실습 학생 배정 확정 안내

안녕하세요, ○○폴리텍 산학협력팀 [[PERSON:계나윤]]입니다. 귀사 배정 학생은 아래와 같습니다.
 - [[PERSON:피승우]] / 학번 [[STUDENT_ID:23-1-04417]] / 자동화시스템과 / 통학: [[KR_ADDRESS:화성시 봉담읍 동화리 산 12-7]]
 - [[PERSON:소예담]] / 학번 [[STUDENT_ID:23-1-04452]] / 자동화시스템과 / 통학: [[KR_ADDRESS:수원 권선구 호매실동 1358 호매실스위첸 1105-702]]
 - [[PERSON:양지호]] / 학번 [[STUDENT_ID:22-2-03109]] / 전기과 / 기숙사
실습기간 {{date:2025.07.07~2025.08.29}}, 실습지원비는 학생 계좌로 직접 지급 부탁드립니다.
[[EMAIL_ADDRESS:nayun.gye@kopo.ac.kr]]"""},

{"id": "s13-i08-003", "kind": "complaint", "text": """성남시청 노동권익 민원: 사장이 퇴직금 대신 카드로 긁어서 물건 사라고 함
이름 [[PERSON:엽지선]]([[BIRTH_DATE:1988.05.06]])
예전 가게 [[KR_ADDRESS:성남 중원 상대원동 190-1 SK테크노파크 메카동 B114호]]
사장 [[PERSON:노광태]] 사업자 [[KR_BRN:129-22-4415?]]
사장 본인 카드([[CREDIT_CARD:6250 3104 7722 198?]])로 자기 가게 물건 결제해서 그걸 퇴직금으로 치자고 했어요. 이게 말이 되나요?
현주소 [[KR_ADDRESS:분당 정자동 178-1 파크뷰 604동 1801호]]"""},

{"id": "s13-i08-004", "kind": "letter", "text": """({{code:16490}}) [[KR_ADDRESS:경기도 수원시 팔달구 인계동 1018-3번지 명성빌딩 4층]]
[[PERSON:류혜원]] 귀하

「고용보험법」에 따른 육아휴직급여 지급 결정 통지
 - 휴직기간 : {{date:2025. 1. 2. ~ 2025. 12. 31.}}
 - 자녀 : [[PERSON:류서하]] ([[BIRTH_DATE:2024. 9. 17.]] 출생)
 - 월 지급액 : {{amount:2,500,000원}}(1~3개월), 이후 {{amount:2,000,000원}}
문의 수원고용센터 모성보호팀 {{public_number:031-231-7800}}"""},

{"id": "s13-i08-005", "kind": "memo", "text": """[출장 기록] 외국인 고용 사업장 지도점검 ({{date:2025.02.25}})
1) 대표 [[PERSON:허순길]] / [[KR_ADDRESS:용인시 수지구 상현동 산 47-2]] 화훼농가 — 근로자 숙소 점검, 양호
2) 대표 [[PERSON:곽인영]] / [[KR_ADDRESS:용인시 처인구 양지면 남곡로 56-19 (제2공장)]] — 임금대장 미비치
3) 대표 [[PERSON:모재선]] / [[KR_ADDRESS:용인시 기흥구 흥덕1로 13, 흥덕IT밸리 컴플렉스동 11층 1103호]] — 해당없음(사무직만)
공용차량 [[KR_CAR_PLATE:12무 4417]] 운행, 운전 [[PERSON:손영길]] 주무관 (면허 [[KR_DRIVER_LICENSE:경기 14-201558-90]])"""},

{"id": "s13-i08-006", "kind": "sms_log", "text": """[Web발신]
[[PERSON:박지한]]님 [일용직 퇴직공제] 적립내역 확인: {{date:24.12월}} 14일 적립. 본인 주소지 [[KR_ADDRESS:경기 광명시 철산로 38, 201동 1604호]]로 우편 발송되었습니다.
[Web발신]
[대리운전 배차] 고객 [[PHONE_NUMBER:0505-7182-4406]] 안심번호. 출발 성남 야탑역 → 도착 [[KR_ADDRESS:용인 기흥 보정동 1263 죽전 아이파크 103동]]"""},

{"id": "s13-i08-007", "kind": "spreadsheet", "text": """청년인턴(행정) 합격자 — 수원시
연번|성명|학교/학번|생년월일|주소
1|[[PERSON:노은솔]]|아주대 [[STUDENT_ID:202121570]]|[[BIRTH_DATE:2002.02.14]]|[[KR_ADDRESS:수원시 영통구 광교중앙로 170, 4412동 502호(하동, 광교에듀타운)]]
2|[[PERSON:장하율]]|경기대 [[STUDENT_ID:201910337]]|[[BIRTH_DATE:2000.10.02]]|[[KR_ADDRESS:수원시 장안구 파장로 22번길 9, 2층 좌측]]
3|[[PERSON:도윤슬]]|성균관대 [[STUDENT_ID:2020313884]]|[[BIRTH_DATE:2001.06.29]]|[[KR_ADDRESS:수원시 장안구 율전로 108번길 19-3, 301호]]
※ 인턴 기간 {{date:2025.03.04~2025.06.30}}"""},

{"id": "s13-i08-008", "kind": "form", "text": """화물운송종사자 산재보험 적용 신청(특고)
성명 [[PERSON:반석주]] / 생년월일 [[BIRTH_DATE:75.10.09]]
운전면허번호 [[KR_DRIVER_LICENSE:서울 11-87-339021-02]] (1종 대형)
차량번호 [[KR_CAR_PLATE:경기 90 바 2218]] (영업용)
주소 [[KR_ADDRESS:안양시 동안구 시민대로 230, B동 1층 101호]]
운송사 {{org_name:(주)한길로지스}} 사업자 {{business_number:138-81-44170}}
보험료 자동이체 카드 [[CREDIT_CARD:5570-42**-****-9913]]"""},

{"id": "s13-i08-009", "kind": "note", "text": """주소 이전 메모 (급여대장 반영)
[[PERSON:Saroj Gurung]]: [[KR_ADDRESS:김포시 대곶면 대명항로 114번길 7-3]] → [[KR_ADDRESS:김포시 양촌읍 황금로 88, 기숙사 B동 3층]]
[[PERSON:최혜나]]: [[KR_ADDRESS:부천시 원미구 중동 1143 미리내마을 동성APT 1502-1204]] (변동 없음)
담당 [[PERSON:엄소율]] {{date:02.20}}"""},

{"id": "s13-i08-010", "kind": "call_note", "text": """직장내 괴롭힘 상담 ({{date:2025.02.26}} 10:15, 전화)
상담인 [[PERSON:하예진]] ([[BIRTH_DATE:97년 4월 1일]]생) / 회신 [[PHONE_NUMBER:010-8834-O217]]
가해자 지목: 팀장 [[PERSON:감동욱]], 부장 [[PERSON:선재호]]
회사: 성남 판교 IT기업(대표번호 {{public_number:031-600-2000}})
요청: 익명 신고 방법. 사내 신고 메일 {{public_email:ethics@pangyo-soft.co.kr}}은 인사팀이 봐서 불안하다고 함."""},

{"id": "s13-i08-011", "kind": "form", "text": """京畿道 水原市 關聯 外國人 雇傭 確認書(舊式 樣式 OCR)
姓名 : [[PERSON:王秀英]] ([[PERSON:왕수영]])  生年月日 : [[BIRTH_DATE:1983年 7月 19日]]
住所 : [[KR_ADDRESS:水原市 八達區 仁溪洞 1035-6 2層]]
雇傭主 : [[PERSON:黃仁錫]]  事業者登錄番號 : [[KR_BRN:124-1O-92718]]
確認日 : {{date:2025年 2月 10日}}"""},

{"id": "s13-i08-012", "kind": "hr_export", "text": """[퇴사자 개인정보 파기 대상 목록 — 보존기간 3년 경과]
사번        성명      퇴사일       파기예정일
[[EMPLOYEE_ID:2014-0093]]   [[PERSON:편주원]]    {{date:2021-12-31}}   {{date:2025-03-01}}
[[EMPLOYEE_ID:2016-0217]]   [[PERSON:옥하나]]    {{date:2021-11-30}}   {{date:2025-03-01}}
[[EMPLOYEE_ID:2019-0408]]   [[PERSON:Lee, Daniel]] {{date:2021-10-15}}  {{date:2025-03-01}}"""},

{"id": "s13-i08-013", "kind": "note", "text": "주소 : [[KR_ADDRESS:용인시 처인구 김량장동 ３５４－２ 대원빌라 가동 ２０１호]] (전입 {{date:２０２４．１１．０４}}) — 대지급금 청구인 [[PERSON:공민혁]] 실거주지 확인 완료"},

{"id": "s13-i08-014", "kind": "email", "text": """[[PERSON:홍OO]] 님께,
요청하신 근로계약서 사본과 {{date:2024년}} 급여대장을 첨부합니다. 개인정보 보호를 위해 타 직원 성명은 가렸습니다(예: [[PERSON:김○○]], [[PERSON:이△△]]).
사업장 소재지: [[KR_ADDRESS:경기도 시흥시 정왕동 1286-7 시화공단 3바 505호]]
대표 [[PERSON:조인철]] / [[EMAIL_ADDRESS:ic.cho1962@hanmail.net]]"""},
]
