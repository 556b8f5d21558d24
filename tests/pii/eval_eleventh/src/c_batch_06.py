# Writer c, batch 06: mixed (scholarship, dormitory, training, youth, recruiting, museum), rarer formats. All values invented. CC0 1.0.
DOCS = [
{"id": "s11-c06-001", "kind": "application_form", "text": """국가장학금 가구원 정보제공 동의 현황 (학생 화면 캡처 내용 옮겨 적음)
학생: [[PERSON:염지후]]  ([[BIRTH_DATE:2005.09.30]])  학번 [[STUDENT_ID:2024013385]]
부: [[PERSON:염대성]]  주민번호 [[KR_RRN:720114-1******]]  동의완료 {{date:2025.05.21 20:14}}
모: [[PERSON:안혜경]]  주민번호 [[KR_RRN:750602-2******]]  미동의
부 주소: [[KR_ADDRESS:용인시 처인구 원삼면 고당리 산 23-1]]
모 주소(별거): [[KR_ADDRESS:안산시 상록구 용신로 351, 상록수타운 1204-1505]]
※ 모 동의 기한 {{date:2025.06.05.}} 18시까지, 미동의 시 소득구간 산정 불가"""},

{"id": "s11-c06-002", "kind": "application_form", "text": """Dormitory Application (Foreign Students) — 수원시 글로벌 학사
Name: [[PERSON:ZHOU Yuxin]] / 周雨欣   Sex: F
DOB: [[BIRTH_DATE:2003-07-08]]   Passport: [[KR_PASSPORT:EK4829173]]
ARC(외국인등록번호): [[KR_FRN:030708-8104227]]
Univ.: 경기대 수원캠퍼스 / Student ID: [[STUDENT_ID:202371844]]
Current address: [[KR_ADDRESS:수원시 영통구 원천동 35-12 원천하우스 303호]]
Mobile: [[PHONE_NUMBER:010-4103-9988]] / WeChat ID: {{code:zyx_0708_kr}}"""},

{"id": "s11-c06-003", "kind": "notice", "text": """[안내] 외국인 유학생 장학금 신청 시 여권번호 기재 방법
- 여권번호는 영문+숫자로 구성됩니다. 예) {{passport_example:M12345678}}, {{passport_example:EA0000000}}
- 외국인등록번호는 13자리이며 예시({{frn_example:000000-5000000}})와 같이 하이픈을 넣어 주세요.
- 접수기간: {{date:2025. 8. 18.(월) ~ 8. 29.(금)}}
- 문의: 국제교류팀 [[PERSON:피소연]] 주무관 [[PHONE_NUMBER:031-228-3471]] / {{public_email:global@suwon.go.kr}}"""},

{"id": "s11-c06-004", "kind": "spreadsheet_export", "text": """경기청년 해외연수(베트남 하노이) 출국자 명단 — 항공권 발권용
No,성명(영문),성명(한글),생년월일,성별,여권번호,여권만료일
1,[[PERSON:JANG SEOYEON]],[[PERSON:장서연]],[[BIRTH_DATE:1999-03-22]],F,[[KR_PASSPORT:M832K1904]],{{date:2033-01-17}}
2,[[PERSON:MOK JUNHO]],[[PERSON:목준호]],[[BIRTH_DATE:1996-10-05]],M,[[KR_PASSPORT:M58120937]],{{date:2028-06-30}}
3,[[PERSON:BAEK ARA]],[[PERSON:백아라]],[[BIRTH_DATE:2000-12-19]],F,[[KR_PASSPORT:M417A8826]],{{date:2034-02-02}}
출국 {{date:2025-09-01}} VN425 / 예약번호 {{reservation_number:PNR 6XQ2LM}}"""},

{"id": "s11-c06-005", "kind": "case_note", "text": """[내일배움카드 상담 — 결혼이민자]
상담일 {{date:2025. 4. 3.}} / 상담사 [[PERSON:심가람]]
내담자: [[PERSON:라자로바 굴노자]] ([[PERSON:Lazarova Gulnoza]]), 우즈베키스탄, [[BIRTH_DATE:1989년 1월 16일]]생
외국인등록번호 [[KR_FRN:890116-6******]] (국적취득 신청 중)
배우자 [[PERSON:신동철]] 동석. 주소 [[KR_ADDRESS:용인시 처인구 양지면 남평로 40-2]]
한국어 능력 중급, 조리기능사 과정 희망. 자녀 돌봄 문제로 오전반만 가능.
연락: 본인 [[PHONE_NUMBER:010-9723-0156]], 배우자 [[PHONE_NUMBER:010-2845-6671]]"""},

{"id": "s11-c06-006", "kind": "letter", "text": """Dear Ms. Martin,
We are pleased to confirm your internship at the {{org_name:Yongin Cultural Foundation}}.
Please send the signed agreement to the address below by {{date:June 13, 2025}}:
  Attn. [[PERSON:Ji-an Hwang]], International Programs
  {{org_name:Yongin Cultural Foundation}}, Cheoin-gu, Yongin-si
Your accommodation will be: [[KR_ADDRESS:Room 512, Building B, 1732 Deogyeong-daero, Giheung-gu, Yongin-si, Gyeonggi-do 17104]]
Kind regards,
[[PERSON:Ji-an Hwang]] | [[EMAIL_ADDRESS:jahwang@yicf.or.kr]] | mobile [[PHONE_NUMBER:+82 10 2487 6051]]"""},

{"id": "s11-c06-007", "kind": "scanned_form_ocr", "text": """履 歷 書  (구식 양식 스캔)
姓 名 : [[PERSON:金 永 浩]]  ([[PERSON:김영호]])
生年月日 : [[BIRTH_DATE:一九六二年 四月 五日]]
本 籍 : {{place_name:忠淸南道 論山郡}}
現住所 : [[KR_ADDRESS:京畿道 水原市 八達區 仁溪洞 1O47-3]]
1987. 3. 수원시 공무원(기능직) 임용 ... 2O22. 6. 정년퇴직
위와 같이 틀림없음.   {{date:2O25年 5月 2日}}   [[PERSON:金永浩]] 印"""},

{"id": "s11-c06-008", "kind": "application_form", "text": """시니어 문화해설 자원봉사 신청서 (성남시립박물관)
성명: [[PERSON:봉영순]]     생년월일: 음력 [[BIRTH_DATE:1951. 8. 15.]] (양력 [[BIRTH_DATE:1951. 9. 15.]])
주소: [[KR_ADDRESS:성남시 분당구 구미로 173번길 82, 무지개마을 주공4단지 406-1102]]
전화: 집 [[PHONE_NUMBER:031-711-2094]] (휴대폰 없음, 딸 [[PERSON:정소희]] [[PHONE_NUMBER:010-6612-7039]])
경력: 초등학교 교사 38년 근무 후 {{date:2013년}} 퇴직"""},

{"id": "s11-c06-009", "kind": "memo", "text": """[[PERSON:엄태경]] 응시자 서류 반송 — 주소불명. 새 주소 [[KR_ADDRESS:수원시 팔달구 지동 277-15 2층 좌측]] 재발송({{date:6/11}}, 등기 {{tracking_number:6089-3417-2281-0}})"""},

{"id": "s11-c06-010", "kind": "application_form", "text": """청년월세 지원 신청 (고시원·원룸텔 거주자용)
성명 [[PERSON:방승우]]   [[BIRTH_DATE:02년 6월 11일]]생
거주지 [[KR_ADDRESS:성남시 중원구 성남대로 1158 (성남동) 하늘고시텔 3층 317호실]]
※ 고시원은 주소상 호실 표기가 없으면 '실거주확인서' 추가 제출
월 이용료 {{amount:37만원}} (관리비 포함) / 운영자 [[PERSON:진미숙]] 확인(☎[[PHONE_NUMBER:010-4450-8213]])
지원금 수령 계좌 우리 [[BANK_ACCOUNT:1002-759-331840]]"""},

{"id": "s11-c06-011", "kind": "sms", "text": """[Web발신] 수원시청 인사 [[PERSON:엄태경]]님 공무직 서류 미도착으로 재발송 예정입니다. 회신번호 [[PHONE_NUMBER:０１０－７２１８－４０６３]] 으로 연락주세요."""},

{"id": "s11-c06-012", "kind": "email", "text": """제목: 시설관리 공무직 합격자 구비서류 관련
수신: [[EMAIL_ADDRESS:chulwoo.noh77@gmail.com]]

[[PERSON:노철우]]님, 제출하신 채용신체검사서의 생년월일이 [[BIRTH_DATE:1977. 11. 8]]로 되어 있으나 응시원서에는 [[BIRTH_DATE:1977. 11. 18]]로 기재되어 있습니다. 확인 후 정정 서류를 보내주세요.

--------------------------
용인시청 총무과 인사팀
주무관 [[PERSON:방다현]]
직통 [[PHONE_NUMBER:031-6193-2148]] | 대표 {{public_number:1577-1122}}
팩스 {{public_number:031-324-2089}}
[[EMAIL_ADDRESS:dahyun.bang@korea.kr]]"""},

{"id": "s11-c06-013", "kind": "roster", "text": """행복기숙사 외국인 입사생 체류정보 (출입국 제출용)
[[PERSON:ZHOU Yuxin]] | [[KR_FRN:030708-8104227]] | D-2 | 만료 {{date:2026.02.28}}
[[PERSON:Rahman Mohammad Arif]] | [[KR_FRN:980214-5390127]] | D-2 | 만료 {{date:2025.12.31}}
[[PERSON:Tsogtbayar Nomin]] | [[KR_FRN:020930-8201446]] | D-4 | 만료 {{date:2025.09.15}} ← 연장 필요
담당 사감 [[PERSON:우정아]]"""},

{"id": "s11-c06-014", "kind": "recommendation_list", "text": """[주민센터 추천] 2025 하반기 성남시 장학생 후보
영성동 | [[PERSON:태하람]] | [[KR_ADDRESS:성남시 수정구 수정남로 240번길 5, 101호]] | 한부모, 기초수급
금광1동 | [[PERSON:은시우]] | [[KR_ADDRESS:성남시 중원구 금광동 3391 e편한세상금빛그랑메종 228동 1004호]] | 조손가정(조모 [[PERSON:심춘자]] [[BIRTH_DATE:1947.03.30]])
정자1동 | [[PERSON:여하율]] | [[KR_ADDRESS:분당구 정자일로 95, 상록마을 보성아파트 308동 203호]] | 차상위
추천일 {{date:2025.08.04}} 동장 직인"""},

{"id": "s11-c06-015", "kind": "incident_report", "text": """국가기술자격 실기시험 부정행위 적발 보고
시험일 {{date:2025. 6. 14.}} / 시험장 {{place_name:한국폴리텍대학 화성캠퍼스}} / 종목 전기기능사
수험자 [[PERSON:Pham Van Long]] (수험번호 {{exam_number:25202121036}})
신분확인: 여권 [[KR_PASSPORT:C7921548]], 외국인등록증 [[KR_FRN:950413-5066912]]
적발 내용: 시험 시작 {{time:40분}} 경과 후 휴대폰 메모 참조
감독위원 [[PERSON:허종민]] (사번 [[EMPLOYEE_ID:HRDK-0713]]), 확인 [[PERSON:문혜정]]"""},

{"id": "s11-c06-016", "kind": "contact_list", "text": """청년창업센터 입주자 비상연락망 (2025.6)
301 노을랩 [[PERSON:계은호]] [[PHONE_NUMBER:010-3321-7740]] / 직원 [[PERSON:오세빈]] [[PHONE_NUMBER:010 5602 1138]]
304 메이크팜 [[PERSON:강하나]] [[PHONE_NUMBER:010-6028-1192]]
305 달빛공방 [[PERSON:소유나]] [[PHONE_NUMBER:010-7720-3344]]
센터 야간 당직 {{public_number:031-324-8809}} / 경비실 {{public_number:내선 100}}"""},

{"id": "s11-c06-017", "kind": "scanned_form_ocr", "text": """응 시 원 서  (공무직 - 조리)
성 명 [[PERSON:하 경 림]]  주민번호 [[KR_RRN:8l0927-2O48l36]]
주 소 [[KR_ADDRESS:경기도 용인시 수지구 동천로 437번길 l2, 동천마을 현대홈타운 2차 2O7동 5O1호]]
전 화 [[PHONE_NUMBER:O1O - 3O27 - 6l49]]
자 격 한식조리기능사 (취득 {{date:2OO8.l2.O5}})
경 력 {{org_name:죽전초등학교}} 급식실 조리실무사 {{date:2O12.3~2O2l.2}}"""},

{"id": "s11-c06-018", "kind": "system_log", "text": """jobapp-gw: {{date:2025-05-18T23:59:58.412+09:00}} client=[[IP_ADDRESS:59.10.221.7]] POST /recruit/2025-A/submit applicant=hkr0927 status=201
jobapp-gw: {{date:2025-05-19T00:00:03.004+09:00}} client=[[IP_ADDRESS:59.10.221.7]] POST /recruit/2025-A/submit applicant=hkr0927 status=403 reason=deadline_passed
jobapp-gw: build={{version:2.8.0-rc1}} java={{version:17.0.9}}"""},

{"id": "s11-c06-019", "kind": "kakaotalk", "text": """[청년센터 상담] 
[[PERSON:다인]]: 선생님 저 청년수당 카드 잃어버렸어요 ㅠㅠ
상담사: 헉 카드사에 분실신고 먼저 하셨어요? 생년월일 확인할게요
[[PERSON:다인]]: 네 했어요 [[BIRTH_DATE:00.03.17]]이요 [[PERSON:천다인]]
상담사: 재발급 카드번호 나오면 알려드릴게요~ 기존 카드는 정지된 거 맞죠?
[[PERSON:다인]]: 네네"""},

{"id": "s11-c06-020", "kind": "memo", "text": """학자금 대출 상환 유예 신청 대리 접수 — 신청인 [[PERSON:도윤]](본인 군 복무 중), 대리인 모 [[PERSON:권미숙]](주소 [[KR_ADDRESS:수원시 권선구 세권로 112, 203동 1504호]], ☎ [[PHONE_NUMBER:010-4417-2093]]은 본인 번호라 대리인 번호 [[PHONE_NUMBER:010-3382-7615]]로 변경). 입대일 {{date:2024.11.04}}, 전역 예정 {{date:2026.05.03}}. 본인 생년 [[BIRTH_DATE:2004년 8월]]."""},
]
