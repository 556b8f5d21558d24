# Writer r, batch 02: emergency medical transport, infectious-disease contact tracing. All invented. CC0 1.0.
DOCS = [
{"id": "s8-r02-001", "kind": "dispatch_log", "text": """[구급활동일지] 출동번호 {{case_number:2024-0711-0382}}
신고시각 {{date:2024.07.11 14:05}} / 신고자 [[PERSON:김태현]] ([[PHONE_NUMBER:010-8820-4417]])
현장: [[KR_ADDRESS:수원시 권선구 세권로 200번길 31-4 1층 편의점 앞]]
환자: [[PERSON:이춘자]] 여 만 81세 ([[BIRTH_DATE:430215]]) 의식저하, BP 88/50, SpO2 {{statistic:91%}}
이송병원: {{org_name:성빈센트병원}} 응급실 / 출동대 {{code:권선119-구급2}}
구급대원: 소방장 [[PERSON:정우람]], 소방교 [[PERSON:박서윤]]"""},

{"id": "s8-r02-002", "kind": "call_transcript", "text": """119: 119입니다, 어디세요?
신고자: 여기 [[KR_ADDRESS:성남시 분당구 정자일로 95 느티마을 3단지 307동 1502호]]요! 아버지가 숨을 잘 못 쉬세요
119: 환자분 연세가요?
신고자: [[BIRTH_DATE:일구사팔]]년생, 아니 [[BIRTH_DATE:48년 10월]]생이세요. 심장약 드세요.
119: 신고자분 성함이랑 전화번호요.
신고자: [[PERSON:조민혁]]이요, [[PHONE_NUMBER:공일공 삼삼일 구팔공이]]
119: 문 열어두시고 환자분 눕혀주세요. 구급차 {{time:7분}} 내 도착합니다."""},

{"id": "s8-r02-003", "kind": "invoice", "text": """민간구급차 이송료 영수증 ({{org_name:(주)한빛응급이송}} 사업자 {{business_number:124-81-55203}}, 대표전화 {{public_number:1644-7119}})
환자명 [[PERSON:서영길]] / 생년월일 [[BIRTH_DATE:1956.08.27]]
구간: [[KR_ADDRESS:용인시 수지구 풍덕천로 139 수지삼성1차아파트 104동 208호]] → {{org_name:서울아산병원}}
거리 {{amount:38km}}  요금 {{amount:148,000원}}  결제 카드 [[CREDIT_CARD:9410-****-****-2231]]
이송일 {{date:2024-03-19}}  승인번호 {{receipt_number:30118827}}"""},

{"id": "s8-r02-004", "kind": "contact_tracing", "text": """[역학조사서 발췌 – 결핵 접촉자]
지표환자: [[PERSON:Tran Van Hung]] (베트남, 외국인등록번호 [[KR_FRN:910322-5187224]]) 객담도말 양성 {{date:2024.04.02.}} 신고
직장: 기흥구 소재 금형공장, 사업주 [[PERSON:노재석]] (개인사업자 [[KR_BRN:135-22-6104?]])
밀접접촉자
 - [[PERSON:Pham Minh Tuan]] 동거인, [[KR_FRN:950709-7******]], [[PHONE_NUMBER:010-6692-0318]]
 - [[PERSON:한재웅]] 동료(같은 조), [[BIRTH_DATE:1988-01-14]], [[PHONE_NUMBER:010-4117-5590]]
 - [[PERSON:Nguyen Thi Hoa]] 동료, [[BIRTH_DATE:1999-06-30]], 전화 없음(통역 {{public_number:1345}} 통해 연락)
검진 예정 {{date:4/9~4/12}}, 잠복결핵 검사 포함"""},

{"id": "s8-r02-005", "kind": "sms", "text": """[{{org_name:수원시 장안구보건소}}] [[PERSON:최윤서]]님은 {{date:2024.8.22}} 확진자와 동선이 겹쳐 검사 대상입니다. {{date:8.26(월)}}까지 선별진료소 방문 바랍니다. 무료"""},

{"id": "s8-r02-006", "kind": "table", "text": """No\t이름\t학번\t생년월일\t증상발현일\t검사결과
1\t[[PERSON:정하람]]\t[[STUDENT_ID:20231548]]\t[[BIRTH_DATE:2004.03.02]]\t{{date:2024.05.13}}\t양성
2\t[[PERSON:오건우]]\t[[STUDENT_ID:20221093]]\t[[BIRTH_DATE:2003.11.27]]\t-\t음성
3\t[[PERSON:민서연]]\t[[STUDENT_ID:20240377]]\t[[BIRTH_DATE:2005.01.09]]\t{{date:2024.05.14}}\t양성
※ 집단발생: ○○대학교 기숙사 B동, 보고일 {{date:2024.05.15}}"""},

{"id": "s8-r02-007", "kind": "case_note", "text": """쯔쯔가무시 역학조사 {{date:11/04}}
환자 [[PERSON:권명숙]](6O세, [[BIRTH_DATE:1962.O7.15]] ← 원본 O/0 혼용) 농작업 후 발열.
주소지 [[KR_ADDRESS:용인시 처인구 원삼면 사암리 412-3]], 밭은 동네 뒷산 쪽. 동거인 [[PERSON:황인수]]씨(사실혼).
연락: 본인 [[PHONE_NUMBER:O1O-2274-8835]]"""},

{"id": "s8-r02-008", "kind": "chat_export", "text": """2024. 9. 3. 오후 3:41, 보건소 역학팀 단톡: [[PERSON:류지은]] 주무관 접촉자 명단 올립니다
2024. 9. 3. 오후 3:42, [[PERSON:류지은]]: 1) [[PERSON:장성민]] [[PHONE_NUMBER:010 5521 7730]] / 2) [[PERSON:장예린]](딸, [[BIRTH_DATE:2017.12.4]]) 같은 번호
2024. 9. 3. 오후 3:44, [[PERSON:고태식]]: [[PERSON:장예린]] 학교는 어디예요? 
2024. 9. 3. 오후 3:45, [[PERSON:류지은]]: {{org_name:매탄초등학교}} 2학년요. 학교 담당 메일은 제 개인메일 [[EMAIL_ADDRESS:jieun_ryu@korea.kr]]로 받을게요"""},

{"id": "s8-r02-009", "kind": "notice", "text": """[이송비 지원 안내] 응급환자 이송 후 병원 간 전원 시 이송처치료 일부 지원.
신청: 환자 또는 보호자, 지원 계좌 예시 {{code:123-456789-01-234}} 형식으로 기재
제출처: {{org_name:용인시 기흥구보건소}} 의약팀, 팩스 {{public_number:031-324-4959}}
접수기간: {{date:2025. 1. 2.}} ~ {{date:2025. 12. 31.}}"""},

{"id": "s8-r02-010", "kind": "incident_report", "text": """사고 개요: {{date:2024년 2월 7일 오전 8시 20분경}} [[KR_ADDRESS:성남시 중원구 둔촌대로 83 상대원시장 입구]] 부근 교통사고.
가해차량 [[KR_CAR_PLATE:123러 4587]] 운전자 [[PERSON:표준호]] (운전면허 [[KR_DRIVER_LICENSE:경기 09-338214-72]]), 피해자 보행자 [[PERSON:민경희]]([[BIRTH_DATE:1951년 11월 3일]]생).
피해자 {{org_name:성남중앙병원}} 이송, 현재 입원 중({{room_number:702호}} 병실)."""},

{"id": "s8-r02-011", "kind": "form", "text": """감염병 발생 신고서 (제1호 서식)
환자성명: [[PERSON:Sergei Ivanov]]  성별: 남  외국인등록번호: [[KR_FRN:870611-5******]] 
국적: 러시아  여권번호: [[KR_PASSPORT:753318204]]
주소: [[KR_ADDRESS:수원시 팔달구 매산로1가 11-9 3층 301호]]
발병일: {{date:2024-06-01}}  진단일: {{date:2024-06-04}}  신고일: {{date:2024-06-04}}
진단명: 세균성이질  신고 의료기관: {{org_name:성빈센트병원}} 의사 [[PERSON:박지환]]"""},

{"id": "s8-r02-012", "kind": "memo", "text": """이송 대기 환자 [[PERSON:박 ○ 자]] 할머니, 요양원 담당자 [[PERSON:나윤희]] 실장 직통 [[PHONE_NUMBER:031-8005-2217]] (대표 {{public_number:031-8005-2200}} 말고 직통으로 연락)"""},

{"id": "s8-r02-013", "kind": "system_log", "text": """{{date:2024-10-21 03:12:09}} [EMS-GW] call_in ani=[[PHONE_NUMBER:01093327714]] cell_lat=37.2636 cell_lon=127.0286
{{date:2024-10-21 03:12:11}} [EMS-GW] caller_profile name=[[PERSON:서재민]] dob=[[BIRTH_DATE:1990/02/19]] addr=[[KR_ADDRESS:수원시 영통구 영통로 214번길 44 벽산아파트 421동 902호]]
{{date:2024-10-21 03:12:12}} [EMS-GW] dispatch unit={{code:SW-119-AMB-07}} gw=[[IP_ADDRESS:fe80::a2c:3bff:fe11:92d0]]"""},

{"id": "s8-r02-014", "kind": "letter_from_family", "text": """안녕하세요. 독일 함부르크에 사는 [[PERSON:한서진]]입니다. 지난주 아버지 [[PERSON:한만석]](주민번호 [[KR_RRN:470830-1******]].. 아니 뒷자리는 모릅니다)께서 [[KR_ADDRESS:성남시 수정구 수정로 171-1]] 댁에서 쓰러지셨을 때 구급대원분들이 빨리 와 주셔서 감사 인사 드립니다. 특히 [[PERSON:윤재혁]] 대원님께 꼭 전해주세요. 제 번호 +49 [[PHONE_NUMBER:151 2384 6610]]."""},

{"id": "s8-r02-015", "kind": "ocr_form", "text": """역 학 조 사 서 (접 촉 자)
성명 [[PERSON:허 영 자]]   생년월일 [[BIRTH_DATE:1 9 5 5 . 0 3 . 2 l]]
주소 [[KR_ADDRESS:경기 용인시 수지구 포은대로 435, 성복역 롯데캐슬 골드타운 1단지 108동 2001호]]
최종접촉일 {{date:2024 . 1 2 . 0 5}}   관계: 교회 소모임
연락처 [[PHONE_NUMBER:010 - 9l42 - 3306]]"""},

{"id": "s8-r02-016", "kind": "short_note", "text": """[[PERSON:은비]]야 보건소에서 니 접촉자라고 문자 왔대 엄마한테 전화해"""},

{"id": "s8-r02-017", "kind": "table", "text": """차량번호,운전원,사번,출동,복귀,이송환자
[[KR_CAR_PLATE:경기31바5528]],[[PERSON:엄태수]],[[EMPLOYEE_ID:E-0412]],{{time:09:12}},{{time:10:40}},[[PERSON:김복남]]
[[KR_CAR_PLATE:서울 82 하 9903]],[[PERSON:구자윤]],[[EMPLOYEE_ID:E-0587]],{{time:11:05}},{{time:12:51}},[[PERSON:이말자]]"""},
]
