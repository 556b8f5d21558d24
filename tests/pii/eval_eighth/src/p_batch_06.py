# Writer p, batch 06: neighbourhood watch, CCTV viewing requests, security logs. CC0 1.0
DOCS = [
{"id": "s8-p06-001", "kind": "form", "text": """개인영상정보 열람·존재확인 청구서
청구인 성명: [[PERSON:변지수]]   생년월일: [[BIRTH_DATE:1990. 03. 12.]]
주소: [[KR_ADDRESS:용인시 수지구 포은대로 435, 수지자이 2차 203동 602호]]
전화: [[PHONE_NUMBER:010-4471-2903]]
청구내용: {{date:2024. 2. 27.}} {{time:18:40~19:10}} 단지 정문 및 B1 주차장 CCTV
청구사유: 주차 중 차량([[KR_CAR_PLATE:169오 2254]]) 뒷범퍼 파손 – 가해차량 확인
신분확인: 운전면허증 [[KR_DRIVER_LICENSE:경기 11-123456-80]]
접수 관리사무소 [[PERSON:반소희]] {{date:24.02.28}}"""},
{"id": "s8-p06-002", "kind": "log", "text": """[NVR-01 접속로그] model=HRD-1642 fw={{version:3.6.12.0}}
{{date:2024-03-04 01:12:40}} LOGIN admin from [[IP_ADDRESS:192.168.0.24]] OK
{{date:2024-03-04 01:13:05}} EXPORT ch03 {{date:2024-02-27 18:40}}~{{date:19:10}} by admin
{{date:2024-03-04 02:51:17}} LOGIN FAIL admin from [[IP_ADDRESS:58.229.181.6]] (3회)
{{date:2024-03-04 02:52:02}} LOGIN FAIL root from [[IP_ADDRESS:103.207.44.19]]
gateway {{subnet_mask:255.255.255.0}} / SNMP {{oid:1.3.6.1.4.1.2021.10}}"""},
{"id": "s8-p06-003", "kind": "kakaotalk", "text": """[상현동 자율방범대] [오후 11:48] 대장 [[PERSON:남궁석]]: 오늘 순찰조 [[PERSON:박성훈]] [[PERSON:차정원]] 두분 수고하셨습니다
[상현동 자율방범대] [오후 11:50] [[PERSON:박성훈]]: 상현초 뒤 놀이터에 중학생들 담배 피우고 있어서 귀가 조치했습니다
[상현동 자율방범대] [오후 11:52] [[PERSON:차정원]]: 수상한 차량 하나 있어서 사진 찍어뒀어요 [[KR_CAR_PLATE:서울89라4112]] 번호판 가림막 반쯤 붙어있었음
[상현동 자율방범대] [오후 11:55] 대장 [[PERSON:남궁석]]: 지구대에 넘길게요. {{public_number:112}} 신고까지는 안해도 될듯"""},
{"id": "s8-p06-004", "kind": "table", "text": """자율방범대 대원 명부
번호,성명,생년월일,주소,휴대폰,가입일
1,[[PERSON:남궁석]],[[BIRTH_DATE:1966.09.02]],[[KR_ADDRESS:수지구 상현로 52 만현마을 7단지 708-1102]],[[PHONE_NUMBER:010-5520-1178]],{{date:2012.04.01}}
2,[[PERSON:박성훈]],[[BIRTH_DATE:1978.12.25]],[[KR_ADDRESS:수지구 수지로 296번길 8 301호]],[[PHONE_NUMBER:010-3381-4092]],{{date:2019.06.15}}
3,[[PERSON:차정원]],[[BIRTH_DATE:1984.07.07]],[[KR_ADDRESS:수지구 상현동 1127-3 2층]],[[PHONE_NUMBER:010.9127.5566]],{{date:2021.03.20}}
4,[[PERSON:현미라]],[[BIRTH_DATE:1973.01.30]],[[KR_ADDRESS:수지구 만현로 120, 쌍용1차 104동 503호]],[[PHONE_NUMBER:01022486013]],{{date:2023.09.09}}"""},
{"id": "s8-p06-005", "kind": "complaint", "text": """골목길 CCTV 설치 요청합니다.
[[KR_ADDRESS:수원시 장안구 연무로 24번길 15]] 앞 골목에 가로등도 어둡고 CCTV가 없어서 밤에 딸아이가 학원 끝나고 오기가 무섭다고 합니다. 딸은 [[BIRTH_DATE:2009년]]생 중3이고 {{time:밤 10시}} 넘어서 귀가합니다.
최근 {{date:3월 초}}에 이 골목에서 여고생 뒤를 따라간 남자가 있었다는 얘기도 들었습니다.
신청인 [[PERSON:기은정]] [[PHONE_NUMBER:010-2935-7714]]"""},
{"id": "s8-p06-006", "kind": "email", "text": """From: 영통경찰서 여성청소년과 [[PERSON:송우현]] 경위 <[[EMAIL_ADDRESS:wh.song@police.go.kr]]>
Date: {{date:2024.04.11 (목) 16:20}}
Subject: CCTV 영상 제공 협조 요청 (사건번호 {{case_number:2024-003187}})

관리소장님, 위 사건 관련하여 {{date:4월 8일 21시~23시}} 102동 엘리베이터 CCTV 영상 보존 및 제공을 요청드립니다.
피해자 [[PERSON:오*린]]({{statistic:15세}}) 보호자 동의서 첨부합니다. 공문은 별도 발송합니다.
문의 [[PHONE_NUMBER:031-8021-4417]] (직통)"""},
{"id": "s8-p06-007", "kind": "record", "text": """외부인 출입 기록 (경비실 수기 → 엑셀 옮김)
{{date:4/13}}  {{time:02:14}}  [[PERSON:조태성]]  방문지 201-1503  신분증 운전면허 [[KR_DRIVER_LICENSE:12-91-308477-10]]  비고: 대리기사
{{date:4/13}}  {{time:03:40}}  [[PERSON:Lee Minh Quan]]  방문지 203-704  신분증 외국인등록증 [[KR_FRN:010318-7******]]  비고: 배달
{{date:4/13}}  {{time:05:02}}  [[PERSON:함*석]]  방문지 205-1201  신분증 여권 [[KR_PASSPORT:M8847]]****  비고: 뒷자리 미기재, 확인요"""},
{"id": "s8-p06-008", "kind": "notice", "text": """[안 내] 단지 내 CCTV 교체 및 추가 설치
공사기간: {{date:2024. 5. 13.}} ~ {{date:5. 24.}}
설치대수: 기존 64대 → 112대 (200만 화소 → 500만 화소)
시공사: {{org_name:(주)세이프비전}} (사업자 {{business_number:214-87-30155}}, 대표 {{public_number:1661-8824}})
영상 보관기간: 30일
개인영상정보 관리책임자: 관리소장 [[PERSON:최경란]]"""},
{"id": "s8-p06-009", "kind": "sms", "text": """[영통구청] [[PERSON:기은정]]님, 신청하신 방범용 CCTV 설치 요청(접수 {{receipt_number:2AA-2404-118207}})은 현장조사 결과 {{date:2025년}} 설치 예정지로 선정되었습니다."""},
{"id": "s8-p06-010", "kind": "ocr_scan", "text": """사 건 사 고 확 인 서
발 생 일 시 : {{date:2O24 년 O6 월 O2 일 22 시 경}}
발 생 장 소 : [[KR_ADDRESS:성남시 분당구 불정로 9O, 정자동 느티마을 3단지 3O4동 앞]]
신 고 인 : [[PERSON:편 재 민]] ([[BIRTH_DATE:75 . O2 . I8]] 생)
내   용 : 주차된 차량 ([[KR_CAR_PLATE:3I2 너 7O44]]) 사이드미러 파손
확 인 자 : 경비원 [[PERSON:서 동 구]]"""},
{"id": "s8-p06-011", "kind": "form", "text": """자율방범대원 위촉 신청서
성명 [[PERSON:윤재석]]   주민등록번호 [[KR_RRN:870503-112840?]]
주소 [[KR_ADDRESS:경기도 수원시 권선구 곡반정로 37번길 22-5 (곡반정동)]]
휴대전화 [[PHONE_NUMBER:010-6291-8830]]   이메일 [[EMAIL_ADDRESS:jaeseok87@nate.com]]
직업 회사원 (사번 [[EMPLOYEE_ID:SDS-14830]])
자동차 [[KR_CAR_PLATE:61보 0713]]  운전면허 [[KR_DRIVER_LICENSE:13-04-552901-31]]
신청일 {{date:2024.07.01}}"""},
{"id": "s8-p06-012", "kind": "memo", "text": """야간 순찰일지 {{date:7/19 (금)}}
21:30 출발 – 대원 [[PERSON:현미라]], [[PERSON:윤재석]]
22:10 만현마을 7단지 후문 – 취객 1명 ({{statistic:50대 남성}}) 벤치 취침 → {{public_number:119}} 인계
23:05 상현역 2번출구 – 특이사항 없음
23:40 복귀
※ 다음 순찰 {{date:7/26}} 조장 [[PERSON:박성훈]]"""},
{"id": "s8-p06-013", "kind": "csv_export", "text": """access_time,src_ip,user,action,target
{{date:2024-08-02 09:14:22}},[[IP_ADDRESS:10.20.31.145]],office01,VIEW,ch01-ch08
{{date:2024-08-02 09:20:03}},[[IP_ADDRESS:10.20.31.145]],office01,EXPORT,ch05
{{date:2024-08-02 13:02:47}},[[IP_ADDRESS:fe80::1a2b:3cff:fe4d:5e6f]],maint,FW_UPDATE,{{version:4.0.2-build218}}"""},
]
