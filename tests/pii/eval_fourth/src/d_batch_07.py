# Writer d, batch 07: hospital referral letters, discharge summaries (Korean/English mix),
# letters and texts from elderly residents and their families.
# All content invented. CC0 1.0.

DOCS = [
{"id": "s4-d07-001", "kind": "referral_letter", "text": """진 료 의 뢰 서 (Referral)
To: {{org_name:분당서울대학교병원}} 신경과 선생님께
환자: [[PERSON:임복녀]]  F/84  DOB [[BIRTH_DATE:1940-03-15]]  Pt No. {{code:31-0042817}}
주소: [[KR_ADDRESS:성남시 중원구 둔촌대로 457번길 14, 302호]]
보호자: 며느리 [[PERSON:최선영]] [[PHONE_NUMBER:010-****-2219]] (원본 [[PHONE_NUMBER:010-4402-2219]])
Dx: R/O Alzheimer's dementia, MMSE-K 17 ({{date:2024.05.20}})
Hx: HTN, DM type 2 (on metformin 500mg bid), s/p Lt. TKR ({{date:2019}})
보건소 치매안심센터 선별검사 결과 인지저하 소견으로 정밀검사 의뢰드립니다.
{{date:2024. 5. 21.}}  {{org_name:중원구 치매안심센터}} 협약의사 [[PERSON:신재호]] (면허번호 {{code:제48213호}})"""},

{"id": "s4-d07-002", "kind": "discharge_summary", "text": """DISCHARGE SUMMARY
Name: [[PERSON:KANG, Young-sook]] ([[PERSON:강영숙]])   Sex/Age: F/79
Birth: [[BIRTH_DATE:Nov 4, 1945]]   Reg. No: {{code:10449826}}
Admission: {{date:2024-08-03}}   Discharge: {{date:2024-08-14}}
Attending: Dr. [[PERSON:Song Ji-hun]]
Final Dx: Lt. femur neck Fx. s/p bipolar hemiarthroplasty ({{date:2024-08-05}})
Plan: 재활병원 전원 또는 가정 복귀 시 방문간호 필요. 독거이므로 주민센터 통보 동의함.
Contact (daughter [[PERSON:Lee Hyejin]]): [[PHONE_NUMBER:+1 (201) 555-0187]] (US), KR [[PHONE_NUMBER:010-9127-3350]]
Home: [[KR_ADDRESS:수원시 팔달구 화서문로 32번길 7-1]]"""},

{"id": "s4-d07-003", "kind": "resident_letter", "text": """동장님 보시오

나는 [[KR_ADDRESS:영통구 원천동 35-8]]에 사는 [[PERSON:문삼례]]라는 늙은이요. 올해 여든일곱인데 {{date:지난달}}에 기초연금이 3만원 깍였다고 통지가 왔소. 내가 [[BIRTH_DATE:정축년 칠월 보름]]생이라 주민등록에는 [[BIRTH_DATE:1937.9.1]]로 되어있는데 그것도 틀린거요. 
아들 [[PERSON:성만]]이는 일본 가 있고 딸 [[PERSON:성희]]는 부산 있어서 물어볼 데가 없소.
우리집 전화 [[PHONE_NUMBER:二一三-四四0七]] 하면 낮에는 있소.
                    [[PERSON:문삼례]]"""},

{"id": "s4-d07-004", "kind": "family_text_message", "text": """[[PERSON:정숙]]아 엄마 통장 비번 바꿨다 기초연금 들어오는거 확인좀해라 엄마 주민번호 [[KR_RRN:430916-240215?]] 이거 은행가면 대라더라
엄마 번호 바꼈다 [[PHONE_NUMBER:010 3347 O825]]"""},

{"id": "s4-d07-005", "kind": "referral_letter", "text": """Referral Letter / 진료회송서
From: {{org_name:용인세브란스병원}} 재활의학과 [[PERSON:천민혁]] 교수 (Dr. [[PERSON:Min-hyuk Chun]])
환자 [[PERSON:Tuyet Nguyen]] (결혼이민, F-6)  여권 [[KR_PASSPORT:N2391884]] / ARC [[KR_FRN:930507-6125830]]
DOB: [[BIRTH_DATE:07-May-1993]]
Dx: Rt. hemiplegia d/t ICH ({{date:2024.02.11}}), GCS 15 now
장애진단(뇌병변) 가능 시점: 발병 6개월 후 ({{date:2024.08.11}} 이후)
보호자(배우자) [[PERSON:원태석]] [[PHONE_NUMBER:010-6634-1290]]
→ 처인구보건소 재활사업 및 장애인 등록 안내 부탁드립니다."""},

{"id": "s4-d07-006", "kind": "resident_letter", "text": """To whom it may concern at the Seongnam City Welfare Office,

My name is [[PERSON:Robert Whitfield]] and I am writing on behalf of my mother-in-law, Mrs. [[PERSON:Cho Bok-hee]] ([[PERSON:조복희]]), born [[BIRTH_DATE:June 2, 1941]]. She lives alone at [[KR_ADDRESS:Apt 1504, Bldg 205, 45 Jeongja-ro, Bundang-gu, Seongnam-si]]. 
We live in Canada ([[PERSON:Sunmi]], her daughter, is my wife). My passport is [[KR_PASSPORT:GA417893]] (Canada) in case you need ID.
Could someone check on her? She did not answer the phone ([[PHONE_NUMBER:031-712-4408]]) since {{date:March 18}}.
Email: [[EMAIL_ADDRESS:r.whitfield@shaw.ca]]
Thank you."""},

{"id": "s4-d07-007", "kind": "discharge_summary", "text": """퇴원요약지
환자명 [[PERSON:곽정수]] (M/72)  생년월일 [[BIRTH_DATE:1952.07.21]]  등록번호 {{code:00917736}}
입원 {{date:2024-09-27}} 퇴원 {{date:2024-10-11}}  과: 호흡기내과  주치의 [[PERSON:변소희]]
진단: Pneumonia, COPD AE
퇴원약: Seretide 250 inhaler 1 puff bid, Levofloxacin 750mg qd × 5d
퇴원 후: 재가 산소치료 필요(O2 1-2L/min) → 산소발생기 대여업체 {{org_name:숨편한메디}} 연계
거주 [[KR_ADDRESS:경기 용인시 처인구 남사읍 봉명로 77-3]]
보호자 배우자 [[PERSON:남궁애자]] [[PHONE_NUMBER:031-332-5918]]
외래 f/u {{date:10/25}} {{time:AM 10:30}}"""},

{"id": "s4-d07-008", "kind": "family_text_message", "text": """아버님 운전면허 갱신 안내 문자 온 거 보셨어요? 적성검사 {{date:12월 31일}}까지래요. 면허번호 [[KR_DRIVER_LICENSE:12-57-063318-11]] 이고 아버님 [[BIRTH_DATE:1939년 12월 9일]]생이셔서 인지검사도 받아야 된대요. 제가 {{date:토요일}}에 모시고 갈게요 - 며느리 [[PERSON:소영]]"""},

{"id": "s4-d07-009", "kind": "nursing_home_admission", "text": """요양원 입소 계약서 (발췌)
입소자: [[PERSON:손복동]]  [[BIRTH_DATE:1936년 5월 1일]]  장기요양등급 2등급 (인정번호 {{code:L1801234567}})
보호자(계약자): [[PERSON:손경희]]  [[KR_RRN:640822-2******]]  [[PHONE_NUMBER:010-8810-6631]]
  주소: [[KR_ADDRESS:수원시 영통구 광교중앙로 145, 광교 아이파크 103동 2801호]]
시설: 늘푸른요양원 (대표 [[PERSON:엄정호]], 사업자 [[KR_BRN:124-90-2281?]])
월 본인부담금 자동이체: 신한 [[BANK_ACCOUNT:140-012-558931]] / 카드 자동결제 시 [[CREDIT_CARD:4906-2210-8837-114?]]
입소일 {{date:2024.07.15}}"""},

{"id": "s4-d07-010", "kind": "home_care_center_notice", "text": """[방문요양센터 변경 안내]
[[PERSON:염춘자]] 어르신 보호자님께,
{{date:2025년 1월 1일}}부터 담당 요양보호사가 [[PERSON:탁미라]] 선생님에서 [[PERSON:공현정]] 선생님(직원번호 [[EMPLOYEE_ID:HC-0457]])으로 변경됩니다.
센터: 햇빛재가방문요양센터 / 대표 [[PERSON:하동수]] / 사업자등록번호 [[KR_BRN:135-26-8814?]]
주소: [[KR_ADDRESS:수원시 권선구 곡반정로 122, 2층 203호]]
센터장 직통 [[PHONE_NUMBER:010-2207-4193]]"""},

{"id": "s4-d07-011", "kind": "hospital_ocr_prescription", "text": """처 방 전
환자성명 [[PERSON:이 덕 순]]   주민등록번호 [[KR_RRN:420603-2******]]
의료기관 {{org_name:OO내과의원}} 요양기관번호 {{code:31234567}}
교부일 {{date:2024 년 11 월 18 일}}  교부번호 {{document_number:제 00213 호}}
처방의 [[PERSON:오 창 민]]  면허종별 의사  면허번호 {{code:73109}}
약국 제출용 / 환자 보관용"""},

{"id": "s4-d07-012", "kind": "student_health_record", "text": """[학교-보건소 연계] 결핵 접촉자 검진 대상 학생
{{org_name:용인OO중학교}} 2학년 4반
학번 [[STUDENT_ID:20418]] [[PERSON:윤도겸]] [[BIRTH_DATE:2010.10.10]]
학번 [[STUDENT_ID:20427]] [[PERSON:임나래]] [[BIRTH_DATE:2010.03.27]]
학번 [[STUDENT_ID:20431]] [[PERSON:Anna Petrova]] [[BIRTH_DATE:2010.12.05]] (러시아, 여권 [[KR_PASSPORT:75 4412093]])
검진일 {{date:2024.06.05}} 흉부 X-ray, IGRA
담당 보건교사 [[PERSON:차은영]] [[EMAIL_ADDRESS:chaey@goe.go.kr]]"""},

{"id": "s4-d07-013", "kind": "elderly_text_reply", "text": "네 선생님 고맙읍니다 우리아들 [[PERSON:재식]]이 주소 적어드림니다 [[KR_ADDRESS:인천 남동구 구월로 88 1동1004호]] 생일은 [[BIRTH_DATE:칠십이년 사월 이일]]입니다 [[PERSON:박금순]]"},

{"id": "s4-d07-014", "kind": "interpreter_request", "text": """통역 지원 요청 (다누리콜센터 → 보건소)
요청일 {{date:2024-03-21}}
대상: [[PERSON:Batbayar Oyunchimeg]] (몽골, 여권 [[KR_PASSPORT:E1882047]], 등록번호 [[KR_FRN:950118-6401753]])
출생: [[BIRTH_DATE:1995.01.18]]
용건: 임신 24주 산전검사 결과 설명, 남편 [[PERSON:오성진]]([[PHONE_NUMBER:010-5123-0046]]) 동반 불가
통역사: 몽골어 [[PERSON:강솔롱고]] ({{public_number:1577-1366}} 연계)"""},

{"id": "s4-d07-015", "kind": "driver_license_return_list", "text": """고령운전자 면허반납 지원금 지급 명단 ({{date:2024년 3분기}})
연번,성명,생년월일,면허번호,반납일,차량번호(폐차/이전)
1,[[PERSON:황정만]],[[BIRTH_DATE:1944.04.20]],[[KR_DRIVER_LICENSE:경기89-104422-31]],{{date:2024.07.02}},[[KR_CAR_PLATE:42다8837]]
2,[[PERSON:구원식]],[[BIRTH_DATE:1939.11.11]],[[KR_DRIVER_LICENSE:130701882055]],{{date:2024.08.19}},-
3,[[PERSON:최 순옥]],[[BIRTH_DATE:1947.02.03]],[[KR_DRIVER_LICENSE:13-73-550126-4*]],{{date:2024.09.30}},[[KR_CAR_PLATE:경기 46 거 1029]]"""},

{"id": "s4-d07-016", "kind": "welfare_app_error_report", "text": """[복지로 앱 오류 문의] 접수 {{date:2024-10-02 20:16}}
작성자 [[PERSON:Yoon Sera]] ([[EMAIL_ADDRESS:sera.yoon.1989@icloud.com]])
내용: 어머니([[PERSON:윤옥희]], [[BIRTH_DATE:1961-08-08]]) 대신 기초연금 모의계산하는데 '본인인증 실패' 계속 뜹니다.
앱 {{version:3.4.7}} / iOS {{version:17.6.1}} / 접속 IP [[IP_ADDRESS:175.223.19.84]]
카드 본인인증에 [[CREDIT_CARD:9490-12**-****-8810]] 입력했어요."""},
]
