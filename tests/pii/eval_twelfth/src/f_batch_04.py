# Writer f, batch 04: animal disease control (가축 방역, 살처분 보상). CC0 1.0, all invented.
DOCS = [
    {"id": "s12-f04-001", "kind": "application_form", "text": """가축 살처분 보상금 지급 신청서
① 신청인(축산업 허가자)
  성명 [[PERSON:탁영길]]    주민등록번호 [[KR_RRN:610119-103521?]]
  주소 [[KR_ADDRESS:경기도 용인시 처인구 백암면 원촌로 95-12]]
  농장명 {{org_name:영길농장}}   농장 소재지 [[KR_ADDRESS:백암면 박곡리 634-2]]
  축산업허가번호 {{permit_number:제 4145-0317호}}   전화 [[PHONE_NUMBER:010-5103-2280]]
② 살처분 내역: 돼지 비육돈 1,214두, 모돈 96두 / 살처분일 {{date:2025.11.04}}
③ 보상금 입금계좌: 농협 [[BANK_ACCOUNT:301-5561-0927-41]] (예금주 [[PERSON:탁영길]])
④ 발생확진일 {{date:2025. 11. 2.}} / 의심신고일 {{date:11.01}}
신청일 {{date:2025년 11월 14일}}"""},

    {"id": "s12-f04-002", "kind": "work_log", "text": """ASF 거점소독시설 근무일지 ({{place_name:백암 거점소독장}}) {{date:2025-11-05}} 야간조
근무자: [[PERSON:엄기섭]], [[PERSON:Bikash Thapa]]
시간   차량번호       차종     운전자     목적지/용도
22:14  [[KR_CAR_PLATE:경기96아1187]]  사료벌크  [[PERSON:윤대원]]   백암 박곡리 농장
22:40  [[KR_CAR_PLATE:80보 2243]]     분뇨차    [[PERSON:천경민]]   이동 → 백암
23:55  [[KR_CAR_PLATE:341더 5091]]    승용(수의사) [[PERSON:함소연]] 수의사  예찰
특이사항: 23:10 분무기 노즐 막힘 교체. 소독필증 {{document_number:제25-1105-0031호}}까지 발급"""},

    {"id": "s12-f04-003", "kind": "spreadsheet_export", "text": """축산차량등록번호,차량번호,소유자,진입일시,농장식별번호,비고
{{code:41-4503-0021}},[[KR_CAR_PLATE:경기94자3390]],[[PERSON:윤대원]],{{date:2025-11-01 07:42}},{{code:F413105}},사료
{{code:41-4503-0188}},[[KR_CAR_PLATE:88너 6012]],[[PERSON:최태균]],{{date:2025-11-01 13:20}},{{code:F413105}},가축운반
{{code:41-4503-0205}},[[KR_CAR_PLATE:충남82바1043]],[[PERSON:조은비]](컨설턴트),{{date:2025-10-30 15:05}},{{code:F413088}},컨설팅
GPS미장착 의심: [[KR_CAR_PLATE:88너 6012]] (10.28~10.31 기록 없음)"""},

    {"id": "s12-f04-004", "kind": "case_note", "text": """[역학조사 메모] 고병원성 AI 의심 신고 농장 (산란계)
- 농장주 [[PERSON:반영숙]] (여, [[BIRTH_DATE:1967.08.30]]), 남편 [[PERSON:기재덕]]
- 농장: [[KR_ADDRESS:용인시 처인구 남사읍 북리 119-7]], 사육 54,000수
- 외국인 근로자 2명: [[PERSON:NIMAL PERERA]](스리랑카, 여권 [[KR_PASSPORT:N8834721]]), [[PERSON:Ram Bahadur Gurung]](네팔, 등록번호 [[KR_FRN:910404-5920317]])
- 최근 10일 방문자: 계란 수집상 [[PERSON:서병주]] [[PHONE_NUMBER:010-8114-6620]] ({{date:1/6}}, {{date:1/9}}), 사료 기사 1명
- 폐사 증가 시작 {{date:2026-01-10}} 오전 / 신고 {{date:1.11}} {{time:08:20}}
작성: 동물방역팀 [[PERSON:국현아]]"""},

    {"id": "s12-f04-005", "kind": "roster", "text": """살처분 투입 인력 명단 (용역: {{org_name:대한방역인력}}, 대표 [[PERSON:소병철]], 사업자 [[KR_BRN:215-10-4478?]])
작업일 {{date:2026.01.12~01.13}}  장소: [[KR_ADDRESS:남사읍 북리 119-7]]
순 | 성명 | 국적 | 여권/등록번호 | 생년월일
1 | [[PERSON:NGUYEN VAN KHANH]] | VNM | [[KR_PASSPORT:C3028815]] | [[BIRTH_DATE:1995-03-14]]
2 | [[PERSON:BOLOR ERDENE]] | MNG | [[KR_PASSPORT:E1420337]] | [[BIRTH_DATE:1989-11-22]]
3 | [[PERSON:YUSUPOV AZIZ]] | UZB | [[KR_FRN:930617-5010442]] | [[BIRTH_DATE:1993-06-17]]
4 | [[PERSON:김상범]] | KOR | - | [[BIRTH_DATE:1970-01-29]]
※ 작업 후 10일간 타 축산농가 출입 금지 서약 완료"""},

    {"id": "s12-f04-006", "kind": "sms", "text": """[Web발신][용인시] 남사읍 북리 고병원성AI 확진({{date:1.12}})에 따라 반경 10km 가금류 이동제한({{date:~2.1}}). 소독 철저, 의심증상 즉시 신고 {{public_number:1588-9060}}. 처인구 축산팀"""},

    {"id": "s12-f04-007", "kind": "certificate", "text": """구제역 예방접종 확인서
농장주: [[PERSON:모경식]]   생년: [[BIRTH_DATE:1959]]   농장: [[KR_ADDRESS:원삼면 죽능리 806]] (한우 42두)
접종일 {{date:2025.10.08}}  백신 {{code:O+A형 2가}} 로트 {{code:FMD25-1107}}
개체(이력번호): {{livestock_id:002 1358 7702 4}}, {{livestock_id:002 1358 7719 6}} 외 40두
접종 수의사: [[PERSON:공하영]] (면허 {{license_number:제12044호}}) {{org_name:원삼동물병원}}
농장주 확인 [[PERSON:모경식]] (서명)"""},

    {"id": "s12-f04-008", "kind": "official_letter", "text": """용 인 시
수신  [[PERSON:공하영]] 원장({{org_name:원삼동물병원}})
제목  2026년 공수의 위촉 알림
1. 귀하를 2026년도 용인시 공수의로 위촉하오니 가축방역 업무에 협조 바랍니다.
2. 위촉기간: {{date:2026. 1. 1. ~ 2026. 12. 31.}}  담당권역: 원삼면, 백암면
3. 연락처 확인: 원장 휴대전화 [[PHONE_NUMBER:010-6624-0185]], 병원 {{public_number:031-332-7575}}, 전자우편 [[EMAIL_ADDRESS:hy.kong.vet@gmail.com]]
   병원 사업자등록번호 [[KR_BRN:135-25-3310?]]
축산과장   담당 [[PERSON:국현아]]  직통 [[PHONE_NUMBER:031-324-3471]]
시행 {{document_number:축산과-1204}} ({{date:2025.12.22.}})"""},

    {"id": "s12-f04-009", "kind": "email", "text": """제목: 살처분 보상금 감액 결정에 대한 이의신청
받는 사람: {{public_email:yongin_livestock@korea.kr}}

안녕하세요, 백암면 박곡리에서 양돈장을 운영하는 [[PERSON:탁영길]]의 아들 [[PERSON:탁준호]]입니다.
{{date:12월 3일}}자 통지서에서 방역기준 미준수(울타리 일부 파손)로 보상금이 20% 감액되었는데, 파손은 {{date:10월 말}} 태풍 때 생긴 것이고 {{date:11월 1일}}에 보수 신청을 이미 했습니다.
관련 사진과 보수 견적서를 첨부합니다. 재검토 부탁드립니다.
아버지는 귀가 어두우셔서 제 번호 [[PHONE_NUMBER:010-3390-1122]] 또는 [[EMAIL_ADDRESS:junho.tak@naver.com]] 으로 연락 부탁드립니다.
(신청인 [[PERSON:탁영길]], 생년월일 [[BIRTH_DATE:1961년 1월 19일]])"""},

    {"id": "s12-f04-010", "kind": "kakaotalk", "text": """[[PERSON:준호]] [오후 9:41] 아빠 보상금 들어왔어?
아빠 [오후 9:50] 아직
[[PERSON:준호]] [오후 9:51] 농협 [[BANK_ACCOUNT:301-5561-0927-41]] 이거 맞지? 시청에서 계좌 다시 확인한대
아빠 [오후 9:58] 맞다 니엄마 통장은 [[BANK_ACCOUNT:301-9920-7713-51]] 인데 그걸로는 안되나
[[PERSON:준호]] [오후 9:59] 안돼 허가자 본인 명의여야 돼ㅠ
[[PERSON:준호]] [오후 10:00] 그리고 아빠 주민번호 뒷자리 [[KR_RRN:1035211]] 맞지?? 서류에 한자리 틀려서
아빠 [오후 10:07] 엄마한테 물어봐라"""},

    {"id": "s12-f04-011", "kind": "system_log", "text": """KAHIS-audit {{date:2026-01-11}}T08:31:44 user=[[EMPLOYEE_ID:E412007]] ip=[[IP_ADDRESS:10.130.22.45]] action=REPORT_CREATE report={{case_number:HPAI-2026-041}}
KAHIS-audit {{date:2026-01-11}}T08:33:02 user=[[EMPLOYEE_ID:E412007]] ip=[[IP_ADDRESS:10.130.22.45]] action=FARM_LOOKUP farm={{code:F413211}} owner=[[PERSON:반영숙]]
KAHIS-audit {{date:2026-01-11}}T09:15:19 user=[[EMPLOYEE_ID:E410988]] ip=[[IP_ADDRESS:10.130.20.9]] action=MOVE_BAN radius=10km
KAHIS-audit {{date:2026-01-11}}T09:15:20 client={{version:KAHIS-WEB 3.2.1}}"""},

    {"id": "s12-f04-012", "kind": "register_export", "text": """가축 매몰지 관리대장 (처인구)
관리번호 | 매몰일 | 매몰지 위치 | 토지소유자 | 축종/두수 | 발굴가능일
{{code:YI-M-2019-03}} | {{date:2019.10.02}} | [[KR_ADDRESS:원삼면 고당리 산 102-4]] | [[PERSON:용석구]] | 돼지 820 | {{date:2022.10.02}}
{{code:YI-M-2026-01}} | {{date:2026.01.13}} | [[KR_ADDRESS:남사읍 북리 119-7]] (농장 내) | [[PERSON:반영숙]] | 산란계 54,000 | {{date:2029.01.13}}
담당 [[PERSON:어정민]] ({{date:26.1.20}} 현장점검: 침출수 이상없음)"""},

    {"id": "s12-f04-013", "kind": "ocr_scan", "text": """살처분 농가 생계안정자금 지원 신청서
신 청 인  [[PERSON:반 영 숙]]   주민등록번호  [[KR_RRN:670830-2l*****]]
주    소  [[KR_ADDRESS:경기도 용인시 처인구 남사읍 북리 ll9-7]]
가구원수  3 명 (배우자 [[PERSON:기 재 덕]], 자녀 [[PERSON:기 하 늘]]  [[BIRTH_DATE:2OO8. O6. 2l]])
지원 요청액  {{amount:월 3,37O,OOO원}}  x 6개월
                    {{date:2O26 . O1 . 27}}     신청인 [[PERSON:반 영 숙]] (인)"""},

    {"id": "s12-f04-014", "kind": "spreadsheet_export", "text": """방역대(3km) 가금농가 전화예찰 결과 {{date:2026-01-14}}
농가명,대표자,연락처,사육수,임상증상,예찰자
{{org_name:북리1농장}},[[PERSON:하명철]],[[PHONE_NUMBER:010-2290-0815]],32000,없음,[[PERSON:어정민]]
{{org_name:봉명토종닭}},[[PERSON:황보순]],[[PHONE_NUMBER:031-8021-5533]],1800,없음,[[PERSON:어정민]]
{{org_name:완장오리}},[[PERSON:길재영]],[[PHONE_NUMBER:010.4177.2306]],12000,"사료섭취 감소(확인중)",[[PERSON:국현아]]
{{org_name:아곡농원}},[[PERSON:전현숙]],[[PHONE_NUMBER:010-6680-***4]],450,없음,[[PERSON:국현아]]"""},

    {"id": "s12-f04-015", "kind": "receipt", "text": """[신용카드 영수증]  {{org_name:(주)한국동물약품}} 용인지점
사업자등록번호 {{business_number:124-86-20571}}  대표번호 {{public_number:1577-4390}}
품목: 버콘S 5kg x 4, 생석회 20kg x 30
합계 {{amount:842,000원}}
카드번호 [[CREDIT_CARD:5570-4208-1163-552?]]  (현대)  유효기간 **/**
승인일시 {{date:2025-12-09}} {{time:15:22:08}}  승인번호 {{code:00482931}}
구매자 [[PERSON:모경식]] [[PHONE_NUMBER:010-9237-4418]]"""},

    {"id": "s12-f04-016", "kind": "application_form", "text": """외국인근로자 고용변동 신고서 (축산업)
사업장: {{org_name:영길농장}}  대표 [[PERSON:탁영길]]
근로자 성명: [[PERSON:KHEM RAJ ADHIKARI]]   국적: NEPAL   성별: 남
생년월일: [[BIRTH_DATE:14 MAR 1994]]   여권번호: [[KR_PASSPORT:PA0918273]]
외국인등록번호: [[KR_FRN:940314-5******]]
변동사유: 농장 살처분으로 인한 휴업({{date:2025.11.04}}~)
신고일: {{date:2025.11.10}}"""},

    {"id": "s12-f04-017", "kind": "payment_list", "text": """방역초소 근무자 수당 지급 명세({{date:2025년 12월}})
성명 / 주민번호 / 근무일수 / 지급액 / 계좌
[[PERSON:엄기섭]] / [[KR_RRN:580311-1******]] / 22일 / {{amount:2,420,000}} / 국민 [[BANK_ACCOUNT:620-24-0335-118]]
[[PERSON:변순임]] / [[KR_RRN:630925-2******]] / 18일 / {{amount:1,980,000}} / 농협 [[BANK_ACCOUNT:217092-56-044105]]
[[PERSON:Bikash Thapa]] / [[KR_FRN:900102-5******]] / 20일 / {{amount:2,200,000}} / 우리 [[BANK_ACCOUNT:1002-449-718320]]"""},

    {"id": "s12-f04-018", "kind": "roster", "text": """수의과대학 가축방역 현장실습생 배정 ({{org_name:건국대}})
[[PERSON:정유빈]] 본과3 학번 [[STUDENT_ID:201911342]] → 백암 거점소독장
[[PERSON:민세아]] 본과3 학번 [[STUDENT_ID:201911587]] → 동물방역팀 (시료 운반)
[[PERSON:Hoang Minh Duc]] 교환학생 학번 [[STUDENT_ID:2025E0071]] → 참관
실습기간 {{date:1.19~1.30}} / 지도 [[PERSON:국현아]] 주무관"""},
]
