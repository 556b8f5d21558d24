# batch 05 - workplaces, payroll, accidents, public-works staff. Hand-written; CC0 1.0.
DOCS = [
{"id": "s2-05-001", "kind": "case_report", "text": """산업재해 발생 보고(사업장 내부)
재해자: [[PERSON:노경수]]  사번: [[EMPLOYEE_ID:HD-04417]]  생년월일: [[BIRTH_DATE:1968.09.12]]
입사일: {{date:2009.04.01}}  담당업무: 지게차 운전
재해일시: {{date:2024.07.22}} {{time:15:40}}  재해장소: {{place_name:제2물류동 B라인}}
재해내용: 팔레트 하역 중 좌측 발등 골절, 휴업 예상 {{statistic:6주}}
최초 진료: {{date:2024.07.22}} {{org_name:용인세브란스병원}}
보고자: 안전관리자 [[PERSON:권수철]] ([[PHONE_NUMBER:031-8021-5573]])"""},

{"id": "s2-05-002", "kind": "export", "text": """[급여대장_{{date:2024_10}}.xlsx - Sheet1]
사원번호	성명	생년월일(8자리)	입사일	기본급	지급일
[[EMPLOYEE_ID:100382]]	[[PERSON:탁은영]]	[[BIRTH_DATE:19870404]]	{{date:20130902}}	{{amount:3,120,000}}	{{date:20241025}}
[[EMPLOYEE_ID:100417]]	[[PERSON:명재호]]	[[BIRTH_DATE:19900229]]	{{date:20150105}}	{{amount:2,980,000}}	{{date:20241025}}
[[EMPLOYEE_ID:100590]]	[[PERSON:성하연]]	[[BIRTH_DATE:19960611]]	{{date:20210315}}	{{amount:2,650,000}}	{{date:20241025}}
[[EMPLOYEE_ID:100611]]	[[PERSON:라준혁]]	[[BIRTH_DATE:19991130]]	{{date:20240701}}	{{amount:2,450,000}}	{{date:20241025}}"""},

{"id": "s2-05-003", "kind": "email", "text": """Subject: Visa extension - employee details

Hi [[PERSON:Jiyoung]],
For the E-7 extension of our engineer, here are the details you asked for:
Name: [[PERSON:Rahul Mehta]]
D.O.B.: [[BIRTH_DATE:03 Feb 1990]]
Employee No.: [[EMPLOYEE_ID:SK-IN-2231]]
Joined: {{date:15 Mar 2021}}; current contract ends {{date:14 Mar 2025}}
Home address in Korea: [[KR_ADDRESS:경기도 성남시 분당구 판교역로 235, 에이치스퀘어 N동 8층]]
Mobile: [[PHONE_NUMBER:+82 10-4832-1190]]
Best,
[[PERSON:Daniel Cho]] | People Team | [[EMAIL_ADDRESS:daniel.cho@skybridge-tech.com]]"""},

{"id": "s2-05-004", "kind": "hr_form", "text": """근로계약서(단시간근로자)
사업주: {{org_name:주식회사 한결푸드}} (대표 {{public_number:031-282-0909}})
근로자 성명: [[PERSON:곽미선]]   생년월일: [[BIRTH_DATE:1972년 07월 16일]]
주소: [[KR_ADDRESS:용인시 기흥구 동백죽전대로 527번길 26, 1103동 402호]]
연락처: [[PHONE_NUMBER:010-8150-2463]]
계약기간: {{date:2024년 11월 1일}}부터 {{date:2025년 10월 31일}}까지
근무시간: {{time:09:00}}~{{time:14:00}}(휴게 {{statistic:30분}})
계약체결일: {{date:2024년 10월 28일}}"""},

{"id": "s2-05-005", "kind": "call_note", "text": """▶ 고용센터 실업급여 문의 ({{date:24.11.06}})
- 문의자: [[PERSON:남궁혜진]] / 출생연월일 [[BIRTH_DATE:1982.02.08]]
- 전 직장 퇴직일 {{date:24.10.31}}, 입사일 {{date:19.06.03}}, 이직사유 계약만료
- 전 직장 사번 [[EMPLOYEE_ID:M19-0603]] 기재된 경력증명서 보유
- 수급자격 인정 신청 {{date:11.13}} {{time:10:30}} 예약
- 연락처 [[PHONE_NUMBER:010.7723.4018]]"""},

{"id": "s2-05-006", "kind": "memo", "text": """시설관리공단 야간근무자 연락망 (출력 후 게시 금지!)
[[PERSON:채동운]] 반장 [[PHONE_NUMBER:010-3345-8127]] (사번 [[EMPLOYEE_ID:F-0021]])
[[PERSON:임건우]] [[PHONE_NUMBER:010-5501-6384]] (사번 [[EMPLOYEE_ID:F-0047]])
[[PERSON:백수찬]] [[PHONE_NUMBER:010-9936-0272]] (사번 [[EMPLOYEE_ID:F-0052]])
상황실 {{public_number:031-290-3700}} / 변경일 {{date:2024.09.01}}"""},

{"id": "s2-05-007", "kind": "complaint", "text": """구청 공무원 응대 태도에 대해 항의합니다. {{date:10월 30일}} {{time:오후 3시}}쯤 세무과 창구에서 [[PERSON:한기석]] 주무관이 제 생년월일을 큰 소리로 읽으면서 "[[BIRTH_DATE:1965년 5월 5일]]이면 어린이날생이시네요"라고 해서 뒤에 줄 선 사람들이 다 들었습니다.
개인정보를 이렇게 다뤄도 되는 겁니까. 사과 받고 싶습니다.
[[PERSON:진명숙]] / [[KR_ADDRESS:성남시 수정구 수정로 171번길 40, 가동 203호]] / [[PHONE_NUMBER:010-2291-3406]]"""},

{"id": "s2-05-008", "kind": "table", "text": """청원경찰 배치 현황
성명 | 직원번호 | 생년월일 | 배치일 | 근무지
[[PERSON:방진혁]] | [[EMPLOYEE_ID:CP-2019-03]] | [[BIRTH_DATE:1984/8/6]] | {{date:2019/3/11}} | {{org_name:수원시청 본관}}
[[PERSON:어태민]] | [[EMPLOYEE_ID:CP-2021-11]] | [[BIRTH_DATE:1990/12/2]] | {{date:2021/11/1}} | {{org_name:팔달구청}}
[[PERSON:선우준]] | [[EMPLOYEE_ID:CP-2023-02]] | [[BIRTH_DATE:1995/4/25]] | {{date:2023/2/6}} | {{org_name:수원시의회}}"""},

{"id": "s2-05-009", "kind": "email", "text": """[[PERSON:송재원]] 팀장님께

{{date:11/8}}(금) 회식 장소 공유드립니다. {{place_name:정자동 카페거리}} 쪽 한식당이고 {{time:18:30}} 예약했습니다.
그리고 이번 달 생일자 케이크는 [[PERSON:유다현]] 주임([[BIRTH_DATE:11/21]])이랑 [[PERSON:표승현]] 선임([[BIRTH_DATE:11/3]]) 두 분 같이 하려고요.
예산은 {{amount:25만원}} 안쪽입니다.

[[PERSON:강이슬]] 드림 | [[EMAIL_ADDRESS:iseul.kang@mirae-eng.co.kr]] | [[PHONE_NUMBER:031-780-2214]]"""},

{"id": "s2-05-010", "kind": "ocr", "text": """경 력 증 명 서
성     명 :  [[PERSON:인 재 윤]]
생 년 월 일 :  [[BIRTH_DATE:1981.  3.  30]]
주     소 :  [[KR_ADDRESS:서울특별시 송파구 올림픽로 300 ,  1 2 0 1 호]]
재 직 기 간 :  {{date:2008.  1.  2}}  ~  {{date:2023.  12.  31}}
사 원 번 호 :  [[EMPLOYEE_ID:0 8 0 1 0 2 7]]
발 급 일 자 :  {{date:2024.  1.  8}}"""},

{"id": "s2-05-011", "kind": "notice", "text": """직원 건강검진 안내
대상: 짝수년도 출생 직원 (예: {{date:1980년}}, {{date:1982년}} …)
기간: {{date:2024.10.14}} ~ {{date:2024.12.13}}
검진기관: {{org_name:경기도의료원 수원병원}} ({{public_number:031-888-0114}})
문의: 총무과 후생팀 {{public_email:welfare@yongin.go.kr}}"""},

{"id": "s2-05-012", "kind": "chat", "text": """박과장: 신입 [[PERSON:지우]]씨 사번 나왔어요?
조대리: 네 [[EMPLOYEE_ID:2024-1187]]이요. 근데 인사시스템에 생일이 [[BIRTH_DATE:99.10.01]]로 떠요 본인은 [[BIRTH_DATE:99.01.10]]이래요
박과장: 인사팀에 정정 요청 넣어요. 입사일은 {{date:10.01}} 맞죠?
조대리: 네 {{date:10월 1일}} 입사 맞습니다"""},

{"id": "s2-05-013", "kind": "intake", "text": """근로자 건강진단 개인표(특수)
성명 [[PERSON:석동민]]   생년월일 [[BIRTH_DATE:76.08.19]]   성별 남
사업장 {{org_name:(주)대원정밀}}   사번 [[EMPLOYEE_ID:DW-3302]]
입사일 {{date:05.03.02}}   유해인자 소음, 유기용제
검진일 {{date:24.09.03}}   판정 C1(소음)
자택 [[KR_ADDRESS:화성시 동탄대로 181, 402동 1803호]]"""},

{"id": "s2-05-014", "kind": "sms", "text": """[[PERSON:엄성훈]]님 생일 축하드립니다🎂 {{org_name:(주)세움건설}} 임직원 일동. 생일 축하 포인트 {{amount:50,000P}}가 {{date:11/15}}까지 지급됩니다. (사번 [[EMPLOYEE_ID:SW23019]])"""},

{"id": "s2-05-015", "kind": "minutes", "text": """노사협의회 정기회의 결과
일시 {{date:2024.10.24}} {{time:14:00}}
근로자위원: [[PERSON:구태현]], [[PERSON:국민아]], [[PERSON:라성진]]
사용자위원: [[PERSON:명재석]], [[PERSON:심하진]]
1) 생일 반차 신설: 본인 생일이 속한 주에 반차 1회 사용. 시행 {{date:2025.01.01}}
2) 장기근속 포상: {{date:2014.12.31}} 이전 입사자 대상
차기 회의 {{date:2025.01.23}}"""},

{"id": "s2-05-016", "kind": "hr_form", "text": """[[PERSON:라윤호]]
Date of birth  [[BIRTH_DATE:June 9, 1992]]
Tel  [[PHONE_NUMBER:010-4470-8215]]    E-mail  [[EMAIL_ADDRESS:yunho.ra92@outlook.com]]
Address  [[KR_ADDRESS:경기도 수원시 영통구 광교로 156, 광교비즈니스센터 7층 701호]]
경력
{{date:2018.03}} - {{date:2022.08}}  {{org_name:(주)오픈데이터랩}} 데이터분석팀 (사번 [[EMPLOYEE_ID:ODL-18-022]])
{{date:2022.09}} - 현재  프리랜서"""},
]
