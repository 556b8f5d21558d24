# Writer r, batch 01: health centres, vaccination, dementia services. All invented. CC0 1.0.
DOCS = [
{"id": "s8-r01-001", "kind": "case_note", "text": """[수원시 영통구보건소 치매안심센터 상담기록]
대상자: [[PERSON:박순례]] (여, [[BIRTH_DATE:1941.03.17]]생) / 보호자 장남 [[PERSON:정태윤]] [[PHONE_NUMBER:010-4472-1938]]
주소: [[KR_ADDRESS:수원시 영통구 매영로 269 신나무실주공5단지 512동 1103호]]
상담일 {{date:2024.05.08}}. 최근 3개월간 가스불 켜놓고 외출 2회, 같은 질문 반복. MMSE-DS {{statistic:19점}}.
→ 협력의사 진료 연계 예정({{date:5/21}}), 배회감지기 신청 안내함. 담당 [[PERSON:오세린]] 간호사"""},

{"id": "s8-r01-002", "kind": "sms", "text": """[Web발신]
[[PERSON:김옥분]]님 [{{org_name:성남시 수정구보건소}}] 인플루엔자 예방접종 예약이 {{date:10월 14일(월)}} {{time:오전 10:30}}으로 확정되었습니다. 신분증 지참. 문의 {{public_number:031-729-3890}}"""},

{"id": "s8-r01-003", "kind": "table", "text": """접종일자|성명|생년월일|백신|차수|연락처
{{date:2024-10-02}}|[[PERSON:이정숙]]|[[BIRTH_DATE:1950-07-23]]|인플루엔자(4가)|1|[[PHONE_NUMBER:010-2291-0477]]
{{date:2024-10-02}}|[[PERSON:Nguyen Thi Lan]]|[[BIRTH_DATE:1993-11-05]]|Td|2|[[PHONE_NUMBER:010-9930-1844]]
{{date:2024-10-03}}|[[PERSON:황보진호]]|[[BIRTH_DATE:1958-01-30]]|폐렴구균(PPSV23)|1|[[PHONE_NUMBER:031-216-4409]]
{{date:2024-10-03}}|[[PERSON:권나래]]|[[BIRTH_DATE:2023-08-19]]|MMR|1|[[PHONE_NUMBER:010-7815-6620]]"""},

{"id": "s8-r01-004", "kind": "ocr_form", "text": """치 매 조 기 검 진 신 청 서
성   명 : [[PERSON:최 병 철]]        생년월일 : [[BIRTH_DATE:1946 년 9 월 2 일]]
주민등록번호 : [[KR_RRN:460902-1******]]
주   소 : [[KR_ADDRESS:용인시 기흥구 구갈로 72번길 15, 2층]]
전화 : 자택 [[PHONE_NUMBER:031) 282-6О15]]  (글씨 번짐)
신청일 : {{date:2024 년 3 월 11 일}}    신청인 : [[PERSON:최병철]] (인)"""},

{"id": "s8-r01-005", "kind": "call_transcript", "text": """상담원: 네 {{org_name:용인시 처인구보건소}} 예방접종실입니다.
민원인: 아 네 우리 애기 2차 접종 날짜 좀 확인하려고요. 이름은 [[PERSON:한지우]]고요, [[BIRTH_DATE:이십삼년 유월 십일]]생이에요.
상담원: 네 어머님 성함이요?
민원인: [[PERSON:송미란]]이요. 번호는 [[PHONE_NUMBER:공일공에 사칠팔구에 이삼공일]]이요.
상담원: 네 확인됐습니다. 다음 접종은 {{date:8월 10일}} 이후 가능하세요."""},

{"id": "s8-r01-006", "kind": "system_log", "text": """2024-06-12T09:14:22+09:00 INFO [imm-reg] login user=[[EMPLOYEE_ID:SW-HC-20190441]] ip=[[IP_ADDRESS:10.42.17.203]] client=ImmWeb/{{version:3.8.2}}
2024-06-12T09:14:40+09:00 INFO [imm-reg] query patient name=[[PERSON:윤다솜]] dob=[[BIRTH_DATE:19970214]] result=3 records
2024-06-12T09:15:03+09:00 WARN [imm-reg] duplicate record merge patient_key={{code:P000928117}} mask={{subnet_mask:255.255.255.0}}"""},

{"id": "s8-r01-007", "kind": "referral_letter", "text": """수신: {{org_name:아주대학교병원 정신건강의학과}} 외래
제목: 치매 감별진단 의뢰

환자 [[PERSON:임경자]](女, [[BIRTH_DATE:'39년 12월]]생)은 본 센터 선별검사(CIST) {{statistic:14점}}으로 인지저하 의심되어 정밀검사 의뢰드립니다. 동거가족은 며느리 [[PERSON:조은비]]([[PHONE_NUMBER:010.3385.7120]])이며 주소는 [[KR_ADDRESS:수원시 팔달구 인계로 124, 한일타운 28동 704호]]입니다.
{{date:2024. 2. 27.}}
{{org_name:수원시 팔달구치매안심센터}} 센터장 [[PERSON:남궁 혜원]]"""},

{"id": "s8-r01-008", "kind": "chat_export", "text": """[카카오톡] 우리가족 방
[오후 8:02] 큰누나: 엄마 보건소에서 치매 쉼터 자리 났대
[오후 8:03] [[PERSON:상훈]]: 오 언제부터?
[오후 8:03] 큰누나: {{date:다음주 화요일}}부터. 엄마 주민번호 [[KR_RRN:520418-2●●●●●●]] 이거 맞지? 서류에 쓰래서
[오후 8:05] [[PERSON:상훈]]: ㅇㅇ 뒷자리는 내가 보내줄게 개인톡으로
[오후 8:06] 막내 [[PERSON:지혜]]: 나 화요일 반차 가능ㅋㅋ 내가 모셔다드릴께"""},

{"id": "s8-r01-009", "kind": "notice", "text": """<{{org_name:성남시 분당구보건소}} 안내>
코로나19 접종 대상: {{date:1959. 12. 31.}} 이전 출생자(65세 이상)
접종기간: {{date:2024.10.11.~2025.4.30.}}
※ 외국인은 외국인등록증(예: {{code:123456-5******}}) 지참
문의: 감염병관리팀 {{public_number:031-729-3990}}, {{public_email:bdhealth@korea.kr}}"""},

{"id": "s8-r01-010", "kind": "case_note", "text": """#배회 실종 신고 협조 {{date:24/07/03 21:40}}
실종자 [[PERSON:배철수]] 옹([[BIRTH_DATE:1937]]년생, 중증치매) 주간보호센터 귀가 후 미귀가. 인상착의 회색 점퍼, 지팡이.
보호자(딸) [[PERSON:배은정]] [[PHONE_NUMBER:010-2038-7714]]로 연락 바람.
최종 목격: {{place_name:광교호수공원}} 산책로 부근. 지문사전등록 O, 배회감지기 미착용."""},

{"id": "s8-r01-011", "kind": "email", "text": """From: [[PERSON:Kang Minji]] <[[EMAIL_ADDRESS:minji.kang.1988@gmail.com]]>
To: {{public_email:dementia@yongin.go.kr}}
Subject: 아버지 치매환자 치료관리비 신청 관련

안녕하세요, 저는 [[PERSON:강영식]]([[BIRTH_DATE:1949.5.1]])의 딸입니다. 호주에 거주 중이라 직접 방문이 어렵습니다.
서류는 동생 [[PERSON:강민호]]가 {{date:다음 달 초}}에 제출할 예정입니다. 입금 계좌는 아버지 명의 농협 [[BANK_ACCOUNT:302-1188-4471-51]]입니다.
제 연락처는 +61 [[PHONE_NUMBER:412 558 019]]입니다."""},

{"id": "s8-r01-012", "kind": "table", "text": """연번,성명,생년,성별,검사일,결과,비고
1,[[PERSON:유○순]],[[BIRTH_DATE:1944]],여,{{date:2024-04-02}},정상,
2,[[PERSON:문*길]],[[BIRTH_DATE:1940]],남,{{date:2024-04-02}},인지저하,진단검사 연계
3,[[PERSON:서OO]],[[BIRTH_DATE:1952]],여,{{date:2024-04-03}},정상,
합계,,,,,{{statistic:3명}},"""},

{"id": "s8-r01-013", "kind": "short_memo", "text": """[[PERSON:정말순]] 어르신 {{date:6.14}} 방문간호 취소, 따님이 병원 모시고 감. 재방문 {{date:6.21}}."""},

{"id": "s8-r01-014", "kind": "application_form", "text": """■ 배회가능 어르신 인식표 발급 신청
대상자 성명: [[PERSON:李順子]] ([[PERSON:이순자]])   생년월일: [[BIRTH_DATE:1938年 4月 9日]]
주소: [[KR_ADDRESS:경기도 성남시 중원구 광명로 8-3 (성남동) 101호]]
보호자: [[PERSON:이 동 현]] / 관계: 아들 / 연락처: [[PHONE_NUMBER:０１０－５５１２－７０３６]]
보호자 차량번호(방문 시): [[KR_CAR_PLATE:68나 7712]]
신청일: {{date:2024년 8월 1일}}   접수번호 {{receipt_number:CH-2024-0813}}"""},

{"id": "s8-r01-015", "kind": "case_note", "text": """정신건강복지센터 초기상담 (위기개입)
내담자: [[PERSON:안도윤]] M/29 ([[BIRTH_DATE:95.04.08]])
경로: {{org_name:용인동부경찰서}} 연계, {{date:2024-09-01 02:10}} 자해 시도 후 귀가 조치.
거주지: [[KR_ADDRESS:용인시 처인구 금령로 91-7 원룸 302호]] 단독거주. 모친 [[PERSON:천영미]] 대구 거주([[PHONE_NUMBER:053-742-1108]]).
직장: 물류센터 계약직, 사번 [[EMPLOYEE_ID:LC230517]] (본인 진술, 병가 서류용). 자살예방상담전화 {{public_number:109}} 안내함."""},

{"id": "s8-r01-016", "kind": "letter_from_abroad", "text": """보건소 담당자님께

저는 미국 시애틀에 살고 있는 [[PERSON:Grace Yoon]] (한국이름 [[PERSON:윤은혜]])입니다. 어머니 [[PERSON:윤복희]] 님이 (음력 [[BIRTH_DATE:1943년 2월 11일]]생) 혼자 [[KR_ADDRESS:수원시 장안구 정자천로 180 백설마을 삼환아파트 612동 302호]]에 사시는데 요즘 전화로 자꾸 같은 말씀을 하십니다. 치매 검사를 받게 해 주실 수 있을까요? 제 여권번호는 [[KR_PASSPORT:M41829736]]이고 {{date:12월 20일}}에 입국합니다. 이메일 [[EMAIL_ADDRESS:grace.eh.yoon@outlook.com]]으로 답장 부탁드립니다."""},

{"id": "s8-r01-017", "kind": "system_log", "text": """[ChiMae-IS] {{date:2024-11-05 17:22:41}} EXPORT by [[EMPLOYEE_ID:2017-0392]]([[PERSON:홍길순]]) from [[IP_ADDRESS:172.16.8.44]]
rows=1 name=[[PERSON:곽정란]] birth=[[BIRTH_DATE:1947-02-28]] tel=[[PHONE_NUMBER:010-****-3321]] addr=[[KR_ADDRESS:성남시 분당구 서현로 210번길 14]]
audit_id={{code:AUD-88172-55}}"""},
]
