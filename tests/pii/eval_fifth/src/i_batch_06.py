# Writer i, batch 06: multicultural families, foreign workers (visa, employment permit, interpreters). CC0 1.0. All values invented.
DOCS = [
{"id": "s5-i06-001", "kind": "counseling_record", "text": """[수원시가족센터 상담일지]  상담일 {{date:2024.03.12}}  상담자 [[PERSON:노은지]](통번역: [[PERSON:응우옌 티 란]])
내담자: [[PERSON:레 티 미 주옌]] ([[PERSON:LE THI MY DUYEN]], 베트남, 결혼이민 F-6)
외국인등록번호: [[KR_FRN:950708-6123457]]
배우자: [[PERSON:조상철]] ([[BIRTH_DATE:1979.11.04]]생, 택배기사)
자녀: 1) [[PERSON:조하린]] [[BIRTH_DATE:2017.02.09]] 2) [[PERSON:조하준]] [[BIRTH_DATE:2020.10.21]]
주소: [[KR_ADDRESS:수원시 권선구 권광로 76번길 33-12 (권선동) 2층]]
주호소: 남편 음주 후 언어폭력. 첫째 초등 입학 서류 작성 도움 요청. 다음 상담 {{date:3/26}}"""},

{"id": "s5-i06-002", "kind": "foreign_worker", "text": """체류지 변경신고서 (Report on Change of Address)
성 Surname: [[PERSON:PHOMMASACK]]   명 Given names: [[PERSON:SOUKSAVANH]]
외국인등록번호 Registration No.: [[KR_FRN:881102-5******]]
여권번호 Passport No.: [[KR_PASSPORT:P1430922]]
구 체류지: [[KR_ADDRESS:화성시 남양읍 남양로 929번길 40, 101호]]
신 체류지: [[KR_ADDRESS:용인시 처인구 남사읍 봉무로 153-9 컨테이너 숙소 2호]]
전입일: {{date:2024-04-01}}    신고일: {{date:2024-04-10}}
신고인 서명: ____________"""},

{"id": "s5-i06-003", "kind": "interpreter_request", "text": """[병원 통역 지원 요청]
요청기관: 분당 ○○병원 국제진료센터 (대표 {{public_number:031-787-1114}})
환자: [[PERSON:Dilnoza Rakhimova]] (우즈베키스탄, 여) / 생년월일 [[BIRTH_DATE:1990-12-30]]
외국인등록번호: [[KR_FRN:901230-6410528]]
진료과: 산부인과 / 일시 {{date:2024년 5월 7일 10:30}}
배정 통역사: [[PERSON:김 나탈리야]] (러시아어) [[PHONE_NUMBER:010-2745-6603]]
비고: 보호자(남편 [[PERSON:Akmal Tursunov]]) 동행 예정, 한국어 불가"""},

{"id": "s5-i06-004", "kind": "foreign_worker", "text": """사업장 변경 신청 사유서

사업주: [[PERSON:표만식]] (한솔농장, 개인사업자 [[KR_BRN:142-09-3317?]])
농장 주소: [[KR_ADDRESS:용인시 처인구 백암면 청미로 1021-5]]
근로자: [[PERSON:Ram Bahadur Gurung]] / 네팔 / [[KR_FRN:931015-5893016]]
사유: 숙소가 비닐하우스 내 가설건축물로 겨울철 난방 불가. {{date:2023.12.20}} 노동청 진정 후 합의함.
근로자 연락처: [[PHONE_NUMBER:010-3894-1170]] (한국어 서툼, 네팔어 통역 필요)"""},

{"id": "s5-i06-005", "kind": "attendance_sheet", "text": """결혼이민자 한국어교실 3단계 출석부 ({{date:2024년 9월}})
번호	이름	국적	출생	9/2	9/4	9/9
1	[[PERSON:왕리나]]([[PERSON:王丽娜]])	중국	[[BIRTH_DATE:1988]]	O	O	X
2	[[PERSON:Maricel Santos]]	필리핀	[[BIRTH_DATE:1992]]	O	O	O
3	[[PERSON:Bolormaa]]	몽골	[[BIRTH_DATE:1995]]	O	지각	O
4	[[PERSON:쩐 티 투 항]]	베트남	[[BIRTH_DATE:2000]]	X	O	O
강사: [[PERSON:은 소 라]]"""},

{"id": "s5-i06-006", "kind": "kakaotalk_export", "text": """[[[PERSON:Thao]] 통역] [오후 8:02] Chị [[PERSON:Hương]] ơi, 내일 출입국 예약 {{time:9시 40분}}이에요. 여권이랑 외국인등록증 꼭 가져오세요. Nhớ mang hộ chiếu nhé!
[[[PERSON:Nguyen Thi Huong]]] [오후 8:10] 네 언니 고마워요. 수수료 얼마예요?
[[[PERSON:Thao]] 통역] [오후 8:11] 연장 수수료 6만원이요. 카드 돼요. 예약번호 {{reservation_number:HIKOREA-24-0517-3381}}
[[[PERSON:Nguyen Thi Huong]]] [오후 8:13] 남편 [[PERSON:민수]]씨가 데려다 줄거예요. 차 [[KR_CAR_PLATE:17머 2093]] 회색"""},

{"id": "s5-i06-007", "kind": "checklist", "text": """국제결혼 혼인신고 서류 체크리스트 (담당: [[PERSON:우지현]])
□ 한국인 배우자: [[PERSON:편정훈]] / 주민번호 [[KR_RRN:850622-112345?]]
□ 외국인 배우자: [[PERSON:Jocelyn Reyes Bautista]]
   - 여권 [[KR_PASSPORT:P4721188B]] (필리핀)
   - 출생증명서(PSA) 생년월일 [[BIRTH_DATE:15/07/1995]] ※ 번역본에는 [[BIRTH_DATE:1995년 7월 15일]]
   - 혼인요건인증서 발급일 {{date:2024.02.20}} (3개월 이내 유효)
□ 신고 예정일: {{date:2024.03.08}}  신고지: 영통구청 시민봉사과"""},

{"id": "s5-i06-008", "kind": "payslip", "text": """급 여 명 세 서 ({{date:2024년 6월}}분)
성명: [[PERSON:Sokha Chea]]   사번: [[EMPLOYEE_ID:F-0291]]   외국인등록번호: [[KR_FRN:980311-5******]]
기본급 2,060,740 / 연장수당 412,000 / 기숙사비 공제 -150,000
실지급액: {{amount:2,187,300원}}
입금계좌: 우리은행 [[BANK_ACCOUNT:1002-761-339014]] (본인명의)
지급일: {{date:2024.07.10}}  /  회사: 대진금속 (대표번호 {{public_number:031-355-0190}})"""},

{"id": "s5-i06-009", "kind": "table_export", "text": """[용인시 계절근로자(E-8) 입국 명단 - 백암면 배정분]
No | 성명 | 국적 | 여권번호 | 생년월일 | 배정농가
1 | [[PERSON:BATBAYAR GANBOLD]] | MNG | [[KR_PASSPORT:E1928344]] | [[BIRTH_DATE:1989.05.14]] | [[PERSON:신*철]] (오이)
2 | [[PERSON:ALIMOV SHERZOD]] | UZB | [[KR_PASSPORT:FA0773152]] | [[BIRTH_DATE:1993.08.01]] | [[PERSON:한*수]] (토마토)
3 | [[PERSON:DELA PAZ ROMEO]] | PHL | [[KR_PASSPORT:P9930417A]] | [[BIRTH_DATE:1986.11.27]] | [[PERSON:신*철]] (오이)
입국일 {{date:2024.04.16}} / 체류기간 {{date:5개월}} / 인솔 [[PERSON:엄기태]] 팀장"""},

{"id": "s5-i06-010", "kind": "civil_form", "text": """출생신고 상담 메모 (외국인 부모 자녀)
아동 이름: [[PERSON:Aiden Tan]] / 한글 [[PERSON:에이든 탄]]
출생일시: [[BIRTH_DATE:2024. 4. 3.]] 오전 2시 14분 (아주대병원)
부: [[PERSON:TAN WEI JIE]] (말레이시아, E-7) [[KR_FRN:890227-5144083]]
모: [[PERSON:김소라]] (한국) [[KR_RRN:910918-2******]]
※ 모가 한국인이므로 아동은 한국 국적 취득 → 가족관계등록부 출생신고 필요 (신고기한 {{date:5. 3.}}까지)"""},
]
