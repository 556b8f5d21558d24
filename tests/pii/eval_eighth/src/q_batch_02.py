# Writer q, batch 02: exams and certificates, school letters. CC0 1.0, all invented.
DOCS = [
{"id": "s8-q02-001", "kind": "exam_admission_ticket", "text": """2025년도 제1회 경기도 지방공무원 임용 필기시험 응시표

응시번호 {{code:10-0231847}}   응시직렬 일반행정 9급
성명 [[PERSON:제갈민혁]]   생년월일 [[BIRTH_DATE:1998. 02. 27.]]
시험일 {{date:2025. 6. 21.(토)}} {{time:10:00}}  시험장 {{place_name:수원 매탄고등학교}} 12시험실
※ 신분증(주민등록증, 운전면허증, 여권) 지참"""},
{"id": "s8-q02-002", "kind": "certificate_reissue_form", "text": """자격증 재발급 신청서
자격종목: 정보처리기사  자격번호: {{code:21201030442Y}}
성명(한글) [[PERSON:봉수아]]  (한자) [[PERSON:奉秀雅]]
주민등록번호 [[KR_RRN:950806-212345?]]
주소 [[KR_ADDRESS:경기도 성남시 중원구 산성대로 382번길 7-2 (상대원동)]]
휴대전화 [[PHONE_NUMBER:010-2058-66７3]]  전자우편 [[EMAIL_ADDRESS:sua.bong95@naver.com]]
최초 취득일 {{date:2021.06.18}}  재발급 사유: 분실
신청일 {{date:2025.03.10}}"""},
{"id": "s8-q02-003", "kind": "score_sheet", "text": """2025 상반기 수원시 청년인턴 필기(직무적성) 결과
수험번호	성명	생년	점수	합격여부
{{code:A-0112}}	[[PERSON:김나연]]	[[BIRTH_DATE:1999]]	{{statistic:82.5}}	합격
{{code:A-0113}}	[[PERSON:김나윤]]	[[BIRTH_DATE:2000]]	{{statistic:61.0}}	불합격
{{code:A-0117}}	[[PERSON:표재훈]]	[[BIRTH_DATE:1997]]	{{statistic:77.0}}	합격
{{code:A-0121}}	[[PERSON:Sarah Lim]]	[[BIRTH_DATE:2001]]	{{statistic:90.5}}	합격
발표일: {{date:2025-05-02}}"""},
{"id": "s8-q02-004", "kind": "letter", "text": """[[PERSON:허지민]] 학생 보호자님께

안녕하십니까. 귀 자녀가 {{date:2025년 3월 20일}} 실시된 전국연합학력평가에서 결시하여 추후 응시 일정을 안내드립니다. 재응시는 {{date:4월 2일}} 방과 후 2층 {{room_number:시청각실}}에서 진행됩니다.
문의는 담임 [[PERSON:노은비]] 교사(교무실 [[PHONE_NUMBER:031-8005-4427]], 휴대 [[PHONE_NUMBER:010-63**-9021]])에게 해 주십시오.

{{org_name:성남서현고등학교}}장"""},
{"id": "s8-q02-005", "kind": "toeic_score_copy", "text": """TOEIC Score Report (copy)
Name: [[PERSON:YOON, GAEUN]]
Date of Birth: [[BIRTH_DATE:1996/10/08]]
Test Date: {{date:2024/11/24}}   Valid Until: {{date:2026/11/24}}
Registration No.: {{code:000418273}}
ID No.: [[KR_PASSPORT:M70214553]]
Listening 455 / Reading 420 / Total {{statistic:875}}"""},
{"id": "s8-q02-006", "kind": "sms", "text": """[한국산업인력공단] [[PERSON:용*진]]님, 2025년 정기 기사 1회 실기 원서접수가 완료되었습니다. 수험번호 {{code:25108342}} 시험일 {{date:04.19}}. 문의 {{public_number:1644-8000}}"""},
{"id": "s8-q02-007", "kind": "graduation_certificate_request", "text": """졸업증명서 발급 요청 (우편 수령)
졸업자: [[PERSON:추민기]] / [[BIRTH_DATE:1988년 12월 1일]]생 / {{date:2007년 2월}} 졸업
받는 분 [[PERSON:추민기]]
받는 곳 [[KR_ADDRESS:(16677) 경기 수원시 권선구 서호로 89 서둔동 주공1단지 105동 206호]]
연락처 [[PHONE_NUMBER:031)294-7730]] (자택)
수수료 {{amount:1,000원}} 입금 완료"""},
{"id": "s8-q02-008", "kind": "kakao_chat", "text": """[오후 9:14] [[PERSON:고은채]]: [[PERSON:은채]] 수능 원서 사진 다시 찍어야 된대ㅜ
[오후 9:14] [[PERSON:고은채]]: 주민번호 뒤에 [[KR_RRN:0603154******]] 이렇게만 써도 되는거 맞지?
[오후 9:16] 엄마: 응 담임쌤이 그렇다고 하시더라
[오후 9:16] 엄마: 생일 [[BIRTH_DATE:060315]] 맞게 썼는지 확인하구"""},
{"id": "s8-q02-009", "kind": "exam_result_notice", "text": """용인시 공공기관 통합채용 서류전형 합격자 공고
합격자(수험번호 순, 성명 일부 비공개)
{{code:Y25-0013}} [[PERSON:박○준]]  {{code:Y25-0027}} [[PERSON:이○희]]  {{code:Y25-0031}} [[PERSON:Choi ○○]]  {{code:Y25-0044}} [[PERSON:황보○진]]
면접일: {{date:2025.05.29.(목)}} 장소: {{place_name:용인시청 별관 2층 대회의실}}
문의 {{public_number:031-324-2045}}"""},
{"id": "s8-q02-010", "kind": "student_record_excerpt", "text": """■ 인적사항
성명: [[PERSON:방준영]]   성별: 남   주민등록번호: [[KR_RRN:110209-3******]]
주소: [[KR_ADDRESS:경기도 용인시 수지구 풍덕천로 129 수지2지구 삼성아파트 7동 1104호]]
■ 가족상황
부: [[PERSON:방태식]]   모: [[PERSON:진유리]]
■ 학적사항
{{date:2017년 03월 02일}} {{org_name:용인신봉초등학교}} 제1학년 입학"""},
{"id": "s8-q02-011", "kind": "email", "text": """From: [[PERSON:Chloe Park]] <[[EMAIL_ADDRESS:chloe.park.88@gmail.com]]>
To: admissions <{{public_email:admission@kyonggi.ac.kr}}>
Subject: 편입학 서류 문의

안녕하세요, 2025학년도 후기 편입 지원자 [[PERSON:박클로이]]입니다. 미국 고교 졸업이라 apostille 받은 성적표를 보내도 되는지요? 제 생년월일은 [[BIRTH_DATE:Aug 30, 1999]]이고 여권번호는 [[KR_PASSPORT:567104392]](미국)입니다.
Thanks,
[[PERSON:Chloe]] / [[PHONE_NUMBER:010-9470-3318]]"""},
{"id": "s8-q02-012", "kind": "certificate_verify_log", "text": """[자격확인 로그] {{date:2025-04-07 14:22:51}} 조회자=[[EMPLOYEE_ID:SW2019-0448]] 대상자=[[PERSON:맹수현]]([[BIRTH_DATE:1993-09-19]]) 자격=사회복지사1급 결과=유효 IP=[[IP_ADDRESS:10.41.7.112]]"""},
{"id": "s8-q02-013", "kind": "oneliner", "text": """응시자 [[PERSON:육하윤]](생년월일 [[BIRTH_DATE:'01.6.5]]) 신분증 미지참으로 {{date:6/21}} 입실 불가 처리"""},
]
