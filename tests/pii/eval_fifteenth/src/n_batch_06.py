# Writer n, batch 06: 의용소방대, 민방위 대원, 수렵 면허, 유해야생동물, 벌채 허가. Hand-written, invented. CC0 1.0.
DOCS = [
{"id": "s15-n06-001", "kind": "volunteer_firefighter_application", "text": """의용소방대원 임명 신청서

소 속 : 용인소방서 백암남성의용소방대
성 명 : [[PERSON:엄기훈]]         (한자 [[PERSON:嚴基勳]])
주민등록번호 : [[KR_RRN:840619-106722?]]
주 소 : [[KR_ADDRESS:경기도 용인시 처인구 백암면 백암로 199-3, 2층]]
직 업 : 농업(한우 40두) / 부업 굴삭기 운전
휴대전화 : [[PHONE_NUMBER:010-2746-9038]]
운전면허 : 1종대형 [[KR_DRIVER_LICENSE:13-03-518842-11]]  (소방펌프차 운전 가능)
추천인 : 대장 [[PERSON:소기철]]
신청일 : {{date:2024. 3. 5.}}
"""},
{"id": "s15-n06-002", "kind": "volunteer_fire_roster", "text": """백암남성의용소방대 대원 현황 ({{date:2024.06.30}} 기준)
대원번호	직위	성명	생년월일	연락처	임명일
{{member_number:YI-BA-001}}	대장	[[PERSON:소기철]]	[[BIRTH_DATE:1970-08-14]]	[[PHONE_NUMBER:010-2244-9017]]	{{date:2002-04-01}}
{{member_number:YI-BA-007}}	부대장	[[PERSON:최경아]]	[[BIRTH_DATE:1978-02-05]]	[[PHONE_NUMBER:010-5530-7721]]	{{date:2009-01-15}}
{{member_number:YI-BA-023}}	대원	[[PERSON:장동철]]	[[BIRTH_DATE:1974-03-22]]	[[PHONE_NUMBER:010-3148-7720]]	{{date:2015-07-01}}
{{member_number:YI-BA-041}}	대원	[[PERSON:엄기훈]]	[[BIRTH_DATE:1984-06-19]]	[[PHONE_NUMBER:010-2746-9038]]	{{date:2024-04-01}}
{{member_number:YI-BA-042}}	대원(수습)	[[PERSON:Jonas Weber]]	[[BIRTH_DATE:1986-11-30]]	[[PHONE_NUMBER:010-8824-0691]]	{{date:2024-04-01}}
정원 {{statistic:45명}} / 현원 {{statistic:38명}}
"""},
{"id": "s15-n06-003", "kind": "fire_dispatch_log", "text": """의용소방대 출동 활동 기록
{{date:2024.04.06(토)}} {{time:13:24}} 백암면 석천리 [[KR_ADDRESS:석천리 산 88-2]] 일대 임야화재 (논두렁 소각 부주의, 행위자 [[PERSON:왕길남]] [[BIRTH_DATE:41]]년생)
출동: [[PERSON:소기철]], [[PERSON:장동철]], [[PERSON:엄기훈]] 외 {{statistic:6명}} / 진화 완료 {{time:15:10}}
소실 면적 {{amount:약 0.3ha}}, 인명피해 없음
관할 119안전센터 {{place_name:백암119안전센터}}에 인계
"""},
{"id": "s15-n06-004", "kind": "civil_defense_roster", "text": """민방위대 편성 명부 (양지면 제3민방위대)
성명 | 생년월일 | 주소 | 연락처 | 직장
[[PERSON:우상현]] | [[BIRTH_DATE:1987.04.09]] | [[KR_ADDRESS:양지면 양지리 570-1 해뜨는마을 2동 304호]] | [[PHONE_NUMBER:010-7730-2916]] | 자영업(카센터)
[[PERSON:팽준서]] | [[BIRTH_DATE:1990.12.28]] | [[KR_ADDRESS:양지면 추계리 66]] | [[PHONE_NUMBER:010-3905-4418]] | 농업
[[PERSON:연도현]] | [[BIRTH_DATE:1993.07.03]] | [[KR_ADDRESS:양지면 남곡리 48-6]] | [[PHONE_NUMBER:010 2281 6645]] | 삼성전자(기흥)
[[PERSON:함재욱]] | [[BIRTH_DATE:1985.02.17]] | [[KR_ADDRESS:양지면 제일리 611 양지 e편한세상 108동 1803호]] | [[PHONE_NUMBER:010-5041-2770]] | 회사원
편성일 {{date:2024.01.01}} / 대장 양지면장 / 교육연차 {{statistic:1~4년차}}
"""},
{"id": "s15-n06-005", "kind": "civil_defense_notice", "text": """[민방위 교육 통지] [[PERSON:팽준서]] 대원님, 2024년 민방위 기본교육(4년차) 사이버교육 기간은 {{date:5.1.~10.31.}}입니다. 미이수 시 집합교육({{date:11.14.}} 처인구청 대회의실) 참석. 교육통지번호 {{document_number:CD-24-4418027}}. 문의 {{public_number:031-324-2340}}"""},
{"id": "s15-n06-006", "kind": "absence_excuse", "text": """민방위 교육 불참 사유서

대원 성명: [[PERSON:함재욱]]   생년월일: [[BIRTH_DATE:850217]]
주소: [[KR_ADDRESS:양지면 제일리 611 양지 e편한세상 108동 1803호]]
불참 교육: {{date:2024. 11. 14.}} 보충 집합교육
사유: 해외 출장 ({{date:11.10~11.22}}, 베트남 하노이) — 출입국 확인용 여권번호 [[KR_PASSPORT:M71045382]]
첨부: 재직증명서(사번 [[EMPLOYEE_ID:SA-200913]]), 항공권 사본
{{date:2024. 11. 6.}}  [[PERSON:함재욱]]
"""},
{"id": "s15-n06-007", "kind": "cyber_education_log", "text": """민방위 사이버교육 이수 확인 (시스템 출력)
대원: [[PERSON:연도현]] / 생년월일 [[BIRTH_DATE:1993-07-03]]
{{date:2024-06-02 21:03:15}} 로그인  IP [[IP_ADDRESS:223.39.201.56]]
{{date:2024-06-02 21:05:40}} 1강 시작 (동영상 {{time:00:52:10}})
{{date:2024-06-02 22:48:02}} 이수 완료  IP [[IP_ADDRESS:223.39.201.56]]
브라우저 {{version:Chrome 125.0.6422.142}} / 이수번호 {{document_number:2024-CY-00718265}}
"""},
{"id": "s15-n06-008", "kind": "student_exemption", "text": """민방위 편성 제외(학생) 신청
신청인: [[PERSON:모지헌]] ([[BIRTH_DATE:2001.09.12]])
주소: [[KR_ADDRESS:용인시 처인구 포곡읍 포곡로 210번길 8-4]]
사유: 대학원 재학 (명지대 자연캠퍼스 환경에너지공학과 석사과정, 학번 [[STUDENT_ID:60241207]])
연락처: [[PHONE_NUMBER:010-5627-0348]] / [[EMAIL_ADDRESS:mojiheon01@mju.ac.kr]]
제출일 {{date:2024.03.11}}
"""},
{"id": "s15-n06-009", "kind": "hunting_exam_application", "text": """수렵면허시험 응시원서

응시 종류: 제1종(총기) / 시험일 {{date:2024. 5. 25.}}
성    명: [[PERSON:길태성]]       생년월일: [[BIRTH_DATE:1972년 10월 2일]]
주민등록번호: [[KR_RRN:721002-1******]]
주    소: [[KR_ADDRESS:경기도 성남시 중원구 둔촌대로 83번길 12, 성일빌라 301호]]
전    화: [[PHONE_NUMBER:010-9132-4077]]   전자우편: [[EMAIL_ADDRESS:ts_gil72@nate.com]]
응시수수료: {{amount:10,000원}} (결제카드 [[CREDIT_CARD:4265-87**-****-3312]])
수험번호: {{document_number:H24-경기-0317}}
"""},
{"id": "s15-n06-010", "kind": "wildlife_control_team", "text": """2024 유해야생동물 피해방지단 명단 (처인구)
성명 | 생년월일 | 수렵면허번호 | 총포소지허가 | 연락처 | 차량
[[PERSON:길태성]] | [[BIRTH_DATE:72.10.02]] | {{license_number:제1종 경기-2018-0442}} | {{license_number:성남중원-엽-1931}} | [[PHONE_NUMBER:010-9132-4077]] | [[KR_CAR_PLATE:37누 8204]]
[[PERSON:석기봉]] | [[BIRTH_DATE:65.03.30]] | {{license_number:제1종 경기-2009-0126}} | {{license_number:용인동부-엽-0077}} | [[PHONE_NUMBER:010-4470-3285]] | [[KR_CAR_PLATE:경기96보1102]]
[[PERSON:배성호]] | [[BIRTH_DATE:58.12.09]] | {{license_number:제1종 충남-1997-0310}} | {{license_number:용인동부-엽-0112}} | [[PHONE_NUMBER:010-2908-6613]] | [[KR_CAR_PLATE:80우 3477]]
활동기간 {{date:2024.03.01~2025.02.28}} / 포획 대상: 멧돼지, 고라니, 까치
"""},
{"id": "s15-n06-011", "kind": "gun_custody_log", "text": """총기 입출고 대장 (백암파출소)
일자 | 시간 | 성명 | 총기번호 | 구분 | 용도
{{date:09/14}} | {{time:05:40}} | [[PERSON:석기봉]] | {{serial_number:BRN-12G-00481}} | 출고 | 멧돼지 포획(원삼면 고당리)
{{date:09/14}} | {{time:19:10}} | [[PERSON:석기봉]] | {{serial_number:BRN-12G-00481}} | 입고 | 포획 2두
{{date:09/15}} | {{time:06:02}} | [[PERSON:배성호]] | {{serial_number:MSB-20-3318}} | 출고 | 고라니(백암면 근창리)
확인 경찰관 [[PERSON:하윤재]] 경위
"""},
{"id": "s15-n06-012", "kind": "capture_reward_claim", "text": """유해야생동물 포획 포상금 청구서
청구인: [[PERSON:석기봉]] / [[KR_ADDRESS:처인구 원삼면 맹리 41-8]] / [[PHONE_NUMBER:010-4470-3285]]
포획 내역: 멧돼지 2두({{date:9.14.}} 고당리), 고라니 5두({{date:9.20.}}~{{date:9.28.}})
포상금: 멧돼지 {{amount:200,000원}}×2, 고라니 {{amount:30,000원}}×5 = {{amount:550,000원}}
입금계좌: 농협 [[BANK_ACCOUNT:352-0447-1902-53]] (예금주 [[PERSON:석기봉]])
※ 사체 처리 확인 사진 첨부, 확인자 원삼면 [[PERSON:곽미소]] 주무관
"""},
{"id": "s15-n06-013", "kind": "hunting_ground_application", "text": """Circular Hunting Ground Application / 순환수렵장 사용 신청
Name: [[PERSON:Thomas Brenner]] (독일)  DOB: [[BIRTH_DATE:14.02.1969]]
Passport: [[KR_PASSPORT:C4KLM7R21]]   Alien Reg. No.: [[KR_FRN:690214-5328107]]
Address in Korea: [[KR_ADDRESS:성남시 분당구 판교역로 146번길 20, 1105호]]
Mobile: [[PHONE_NUMBER:+82-10-4022-7391]]  E-mail: [[EMAIL_ADDRESS:t.brenner@posteo.de]]
Hunting licence (Korea): {{license_number:제1종 경기-2021-0901}}
Period: {{date:2024.11.20}} – {{date:2025.02.28}} / Fee {{amount:₩100,000}} paid by card [[CREDIT_CARD:5412 7501 3340 998?]]
"""},
{"id": "s15-n06-014", "kind": "logging_permit_application", "text": """입목벌채 등 허가신청서

신청인(산주)
  성명: [[PERSON:연상만]]   주민등록번호: [[KR_RRN:490427-101825?]]
  주소: [[KR_ADDRESS:용인시 처인구 양지면 양지리 570-1, 해뜨는마을 3동 101호]]
  전화: [[PHONE_NUMBER:031-339-7205]]
벌채 대상지
  [[KR_ADDRESS:양지면 대대리 산 57-3]] 임야 {{amount:12,400㎡}} 중 {{amount:3,800㎡}}
  [[KR_ADDRESS:양지면 대대리 산 57-6]] 임야 {{amount:2,150㎡}}
벌채 종류: 수종갱신(리기다소나무 → 낙엽송 조림), 재적 {{amount:186㎥}}
벌채 기간: {{date:2024.11.01.}}~{{date:2025.03.31.}}
사업 시행자(대행): 양지산림사업 [[PERSON:마덕규]] (개인사업자 [[KR_BRN:142-07-6183?]], [[PHONE_NUMBER:010-6228-5014]])
"""},
{"id": "s15-n06-015", "kind": "logging_complaint", "text": """대대리 산에서 벌목하는데 아침 {{time:6시}}부터 톱 소리에 덤프 다니고 너무 시끄럽습니다. 허가는 받은건지 확인해주세요. 트럭 번호는 [[KR_CAR_PLATE:경기 97 아 2238]] 하고 [[KR_CAR_PLATE:95버 1106]] 봤어요. 
저는 [[KR_ADDRESS:대대리 212-5]] 사는 [[PERSON:이정은]]이고요 [[PHONE_NUMBER:010.3374.1187]]로 연락주세요. 흙탕물도 저희 논으로 내려와요 ㅠ"""},
{"id": "s15-n06-016", "kind": "forest_fire_watch_hiring", "text": """2024 가을철 산불감시원 최종 합격자 (원삼면)
수험번호 | 성명 | 생년월일 | 운전면허 | 배치
{{document_number:W-03}} | [[PERSON:봉수길]] | [[BIRTH_DATE:1961.11.21]] | [[KR_DRIVER_LICENSE:경기 87-102935-64]] | 진화차량(1톤)
{{document_number:W-07}} | [[PERSON:지숙희]] | [[BIRTH_DATE:1960.02.29]] | - | 학일리 초소
{{document_number:W-11}} | [[PERSON:우명호]] | [[BIRTH_DATE:1966.05.08]] | [[KR_DRIVER_LICENSE:13-91-440216-07]] | 순찰(미평·독성)
근무기간 {{date:2024.11.01~12.15}} / 일당 {{amount:84,000원}}
"""},
{"id": "s15-n06-017", "kind": "chat_message", "text": """[백암의소대 단톡]
[[PERSON:기철]] 대장: {{date:토요일}} 소방서 체육대회 족구 나갈 사람 ~
[[PERSON:경아]]: 저요
[[PERSON:Jonas Weber]]: I can join! 족구 rules 알려주세요 ㅋㅋ
[[PERSON:동철]]: 나는 소 분만 때문에 못가유 ㅠ
[[PERSON:기철]] 대장: 유니폼 사이즈 {{date:목요일}}까지 [[PERSON:엄기훈]]이한테
"""},
{"id": "s15-n06-018", "kind": "staff_email", "text": """수신: 각 읍면 민방위 담당
발신: 처인구 안전건설과 [[PERSON:선예진]] <[[EMAIL_ADDRESS:yejin.sun@korea.kr]]> / 직통 [[PHONE_NUMBER:031-324-2347]]
제목: 민방위대원 전출입 편성 정리 요청 ({{date:~6/28}})

전입 대원 중 [[PERSON:우상현]]([[BIRTH_DATE:1987.4.9]]), [[PERSON:팽준서]]([[BIRTH_DATE:1990.12.28.]]) 두 분이 편성 누락되어 있습니다. 
민방위 시스템(관리자 IP 등록 필요, 양지면 PC [[IP_ADDRESS:10.41.12.73]])에서 처리 부탁드립니다.
※ 시스템 문의 행정안전부 콜센터 {{public_number:1588-0119}}
"""},
{"id": "s15-n06-019", "kind": "short_note", "text": """수렵면허 갱신 교육 이수: [[PERSON:배성호]](생 [[BIRTH_DATE:1958-12-09]]) {{date:2024-10-08}} 수료, 면허 만료 {{date:2029-10-07}}"""},
]
