# Writer w, batch 06: mixed — migrant women shelters, legal aid for foreigners, youth, guardianship follow-ups. CC0 1.0.
DOCS = [
{"id": "s10-w06-001", "kind": "intake_card", "text": """이주여성쉼터 입소 상담지 / Intake (KOR-ENG)
Name 성명: [[PERSON:Jocelyn M. Reyes]] ([[PERSON:조슬린 레예스]])
Nationality: Philippines   ARC No. 외국인등록번호: [[KR_FRN:870903-6025518]]
Passport: [[KR_PASSPORT:P4417720B]]   Date of Birth: [[BIRTH_DATE:September 3, 1987]]
Husband 배우자: [[PERSON:염태구]] ([[BIRTH_DATE:1969.04.11]]), tel [[PHONE_NUMBER:010-8823-0167]]
Former address: [[KR_ADDRESS:#302, 17-4, Sinchon-ro 43beon-gil, Sujeong-gu, Seongnam-si]]
Date of intake 입소일: {{date:2024-03-26}}   Interpreter: [[PERSON:Grace Lim]]"""},

{"id": "s10-w06-002", "kind": "legal_aid_memo", "text": """[외국인 법률지원 메모] {{date:3/28}}
[[PERSON:Reyes]] 씨 — 체류기간 {{date:2024.05.02}} 만료, 남편이 연장 서류 협조 거부. 혼인단절 귀책 입증자료 필요(진단서, 112 신고이력 {{statistic:3건}}).
→ {{org_name:수원출입국·외국인사무소}} 체류연장 신청 동행 예정 {{date:4/5}}
→ 남편 측 변호사 연락처 없음. 남편 근무처: 개인 인테리어업 '태구인테리어' ([[KR_BRN:135-26-4417?]])
담당: [[PERSON:소민지]] 변호사 / 메일 [[EMAIL_ADDRESS:minji.so@mlac.or.kr]]"""},

{"id": "s10-w06-003", "kind": "sms", "text": """[[PERSON:Jocelyn]] 씨 내일 출입국 가요. {{time:9시 30분}}까지 쉼터 앞. 여권, 외국인등록증, 진단서 챙겨요. Bring passport & ARC please :) - [[PERSON:민지]]"""},

{"id": "s10-w06-004", "kind": "citizen_complaint", "text": """[국민신문고 민원] 신청번호 {{receipt_number:1AA-2406-0518223}}
제목: 가정폭력 가해자에게 제 새 주소가 노출된 것 같습니다
{{date:2024. 6. 5.}} 전입신고 때 열람제한 신청을 했는데, 남편이 제 새집 앞에 나타났습니다. 새 주소는 [[KR_ADDRESS:수원시 권선구 금곡로 197번길 6, 호매실 휴먼시아 11단지 1106동 402호]]입니다.
남편 [[PERSON:백승훈]]([[BIRTH_DATE:860109]])은 임시조치 기간 중입니다. 누가 열람해줬는지 확인해 주세요.
신청인 [[PERSON:임수정]] / 휴대전화 [[PHONE_NUMBER:010-5273-1108]]"""},

{"id": "s10-w06-005", "kind": "reply_letter", "text": """민원 회신 ({{document_number:권선구 민원여권과-8871}}, {{date:2024.06.12}})
[[PERSON:임수정]] 님 귀하
귀하의 주민등록표 열람제한 대상자([[PERSON:백승훈]])에 대한 열람·교부 내역을 확인한 결과, {{date:2024.06.01}} {{place_name:금곡동 행정복지센터}}에서 법원 제출용으로 교부된 사실이 있어 해당 경위를 조사 중입니다.
문의: 민원여권과 주무관 [[PERSON:도가람]] ([[PHONE_NUMBER:031-228-6315]]) / 민원콜센터 {{public_number:1899-3300}}"""},

{"id": "s10-w06-006", "kind": "case_table", "text": """소년보호 사건 송치 현황 (수원지검 관할, 비공개)
| 연번 | 소년 | 생년월일 | 학교(학번) | 비행 | 보호자 |
| 1 | [[PERSON:류○찬]] | [[BIRTH_DATE:2008.08.08]] | 수원공고 1년 ([[STUDENT_ID:10932]]) | 절도 | 부 [[PERSON:류성기]] |
| 2 | [[PERSON:나준영]] | [[BIRTH_DATE:2009.01.05]] | 학교밖 | 오토바이 무면허 | 모 [[PERSON:채미연]] |
| 3 | [[PERSON:Kim Alex]] | [[BIRTH_DATE:2007.12.12]] | 국제학교(ID [[STUDENT_ID:KIS-22-0415]]) | 폭행 | 부 [[PERSON:Kim Daniel]] |"""},

{"id": "s10-w06-007", "kind": "call_transcript", "text": """상담원: 청소년상담 {{public_number:1388}}입니다.
학생: 저 그냥... 집에 들어가기 싫어서요.
상담원: 그랬구나. 이름 말하기 싫으면 안 해도 돼. 몇 학년이야?
학생: 중2요. [[PERSON:지유]]예요. [[BIRTH_DATE:2010년 10월]]생이에요.
상담원: [[PERSON:지유]]야, 지금 있는 데가 어디야? 밖이야?
학생: {{place_name:야탑역}} 앞 벤치요. 폰 배터리 {{statistic:8%}}.
상담원: 혹시 연락 닿을 다른 번호 있어?
학생: 친구 폰이요 [[PHONE_NUMBER:010 3390 2247]]"""},

{"id": "s10-w06-008", "kind": "official_document", "text": """공탁 및 배상명령 안내 (범죄피해자)
피해자 [[PERSON:김하람]]님, 피고인 [[PERSON:권태준]]({{case_number:2024고단2210}})이 {{date:2024.08.19}} 형사공탁 {{amount:5,000,000원}}을 하였습니다.
공탁금 회수·출급은 {{org_name:수원지방법원}} 공탁계(보관은행 신한 {{public_account:140-010-999127}})에서 신분증 지참 후 청구하실 수 있습니다.
피해자 본인 계좌로 받으실 경우 [[BANK_ACCOUNT:110-482-901337]](신한, 본인 명의 확인됨)로 출급 가능합니다.
문의 피해자지원팀 [[PERSON:박소영]] [[PHONE_NUMBER:031-211-0187]]"""},

{"id": "s10-w06-009", "kind": "kakaotalk", "text": """[[[PERSON:함유나]]] [오후 4:10] 선생님 저 알바 계약서 썼는데 사장님이 주민번호 뒷자리까지 달래요 줘도 돼요?
[꿈드림 [[PERSON:차은별]] 쌤] [오후 4:12] 근로계약엔 보통 필요하긴 한데 사진 찍어서 카톡으로 보내진 마
[[[PERSON:함유나]]] [오후 4:13] 헐 벌써 보냈어요 [[KR_RRN:060903-4******]] 이렇게요
[꿈드림 [[PERSON:차은별]] 쌤] [오후 4:15] 가게 이름이랑 사업자번호 알아? 확인해볼게
[[[PERSON:함유나]]] [오후 4:18] 카페 봄날이요 영수증에 [[KR_BRN:507-14-8826?]] 이렇게 써있어요"""},

{"id": "s10-w06-010", "kind": "memo", "text": """TO 팀장님: 오늘 당직 [[PERSON:Grace]] 대신 [[PERSON:성하린]]이 섭니다 ({{date:4/3}}). 비상폰 [[PHONE_NUMBER:010-7002-3311]] 인계 완료."""},

{"id": "s10-w06-011", "kind": "court_filing", "text": """후견인 권한범위 변경 청구서 (요지)
사건본인 [[PERSON:정대호]] ([[KR_RRN:351103-105218?]])
후견인 [[PERSON:정숙희]] — 사건본인 소유 [[KR_ADDRESS:성남시 중원구 상대원동 3910-2]] 부동산 매각 허가 요청
사유: 요양원비 월 {{amount:238만원}} 충당, 예금 잔액 {{date:2024.9.30.}} 현재 {{amount:1,104만원}}
매수예정자: [[PERSON:탁용수]] ([[BIRTH_DATE:1975.05.20]]), 중개 '상대원공인중개사'(대표 [[PERSON:마은비]], [[KR_BRN:129-11-5208?]])
{{date:2024. 10. 7.}}"""},

{"id": "s10-w06-012", "kind": "ocr_form", "text": """범죄피해자 구조금 지급신청서
신 청 인 : [[PERSON:송 가 은]]   (관계: 피해자의 모)
생년월일 : [[BIRTH_DATE:1972 년 1 1 월 0 2 일]]
주    소 : [[KR_ADDRESS:용인시 수지구 성복2로 86, 성복역 롯데캐슬 골드타운 B동 2305호]]
피 해 자 : [[PERSON:이 지 원]] (사망)   생년월일 [[BIRTH_DATE:1999. 7. 7.]]   사망일 {{date:2024. 2. 11.}}
범죄발생일 : {{date:2024. 2. 10.}}   장소 : {{place_name:죽전카페거리}} 인근
운전면허(본인확인용) : [[KR_DRIVER_LICENSE:서울 72-338190-04]]
지급받을 계좌 : 기업 [[BANK_ACCOUNT:026-118804-01-017]]"""},

{"id": "s10-w06-013", "kind": "officer_memo", "text": """[교대 인계] 쉼터 야간 ({{date:10/14 22:00}}~{{date:10/15 09:00}})
- 201 [[PERSON:Maria]]님 두통 호소, 상비약 복용 ({{time:23:10}})
- 203 [[PERSON:하늘]]이 모 ([[PERSON:오미숙]]) 귀가 {{time:22:40}}, 늦은 사유 법원 조정 
- 외부인 차량 [[KR_CAR_PLATE:57누3018]] 쉼터 앞 정차 {{time:01:05}}~{{time:01:20}} → 남편 차량과 동일, {{public_number:112}} 신고함 (출동 {{time:01:14}})
- 인계자 [[PERSON:박초롱]] / 인수자 [[PERSON:류지훈]]"""},

{"id": "s10-w06-014", "kind": "application", "text": """Refugee / 난민신청자 법률지원 신청 (번역본)
Applicant: [[PERSON:Abdullahi Hassan Farah]] — Somalia
Passport: none (lost) / 난민신청자 외국인등록번호 [[KR_FRN:890417-5109336]]
DOB [[BIRTH_DATE:1989-04-17]] (approx.) / Phone [[PHONE_NUMBER:010-3008-4412]]
Residence: [[KR_ADDRESS:경기도 화성시 봉담읍 상리 148-6, 원룸 105호]]
Child: [[PERSON:Amina]] (born [[BIRTH_DATE:12 Jan 2019]])
Previous passport copy: [[KR_PASSPORT:P00391447]] (expired {{date:2021-03-14}})
Submitted {{date:2024-09-02}} via {{org_name:공익법센터 어필}}"""},

{"id": "s10-w06-015", "kind": "system_export", "text": """# export_guardianship_cases.csv (개인정보 포함, 내부용)
case_no|ward_name|ward_dob|guardian|guardian_tel|guardian_email|court
{{case_number:2024느단10442}}|[[PERSON:정대호]]|[[BIRTH_DATE:1935-11-03]]|[[PERSON:정숙희]]|[[PHONE_NUMBER:01033618072]]|[[EMAIL_ADDRESS:sookhee.j66@gmail.com]]|성남지원
{{case_number:2024느단20087}}|[[PERSON:민하준]]|[[BIRTH_DATE:2003-06-18]]|[[PERSON:금다혜]]|[[PHONE_NUMBER:01029406613]]|[[EMAIL_ADDRESS:dahye.keum@publicguard.kr]]|성남지원
{{case_number:2023느단5531}}|[[PERSON:황보순임]]|[[BIRTH_DATE:1944-09-**]]|[[PERSON:황보태민]]|[[PHONE_NUMBER:010****8820]]|-|수원가정"""},

{"id": "s10-w06-016", "kind": "citizen_letter", "text": """담당 판사님께 드리는 탄원서
저는 피고인 [[PERSON:진해솔]]의 어머니 [[PERSON:문선옥]]입니다. [[PERSON:해솔]]이는 {{date:2000년}} 태어나 ([[BIRTH_DATE:5월 14일]]생) 어려서부터 아버지 없이 자랐습니다. 이번 일은 잘못이 분명하지만 지금은 [[KR_ADDRESS:성남시 수정구 복정로 44 (복정동) 1층 세탁소]]에서 제 일을 도우며 사회봉사도 성실히 하고 있습니다.
부디 선처를 부탁드립니다.
{{date:2024년 10월 2일}} 어머니 [[PERSON:문선옥]] ([[PHONE_NUMBER:010-9913-0271]])"""},

{"id": "s10-w06-017", "kind": "network_ticket", "text": """[IT 헬프데스크] 상담소 PC 원격접속 차단 요청
요청자: [[PERSON:구본희]] 팀장 (사번 [[EMPLOYEE_ID:SNF-0088]])
내용: 퇴사자 [[PERSON:오하영]] 계정([[EMAIL_ADDRESS:hayoung.oh@snfamily.or.kr]])이 외부 [[IP_ADDRESS:58.143.91.26]]에서 상담기록 열람 시도 ({{date:2024-10-11 23:48}})
조치: 계정 잠금, 방화벽 [[IP_ADDRESS:172.16.10.1]] 정책 추가, VPN {{version:v4.2.0}} 재배포
처리자: 전산 [[PERSON:허준기]] ([[EMPLOYEE_ID:SNF-0131]])"""},

{"id": "s10-w06-018", "kind": "interpreter_log", "text": """[통번역 연계 기록] {{org_name:다누리콜센터}} → 용인가정폭력상담소
일시 {{date:2024.11.03 20:15}} / 언어 우즈벡어 / 통역사 [[PERSON:Dilnoza Karimova]]
피해자: [[PERSON:Madina Yusupova]] ([[PERSON:마디나]]), 외국인등록번호 [[KR_FRN:011130-8******]], 생년 [[BIRTH_DATE:2001-11-30]]
남편 [[PERSON:변재규]] 운전면허 [[KR_DRIVER_LICENSE:경남 21-004517-88]] 로 본인확인(경찰)
피해자가 남편 카드([[CREDIT_CARD:4009 8832 1170 552?]])로 생필품 산 것을 남편이 "절도"라며 폭행
※ {{org_name:다누리콜센터}} {{public_number:1577-1366}}, 외국인 번호 {{public_number:1345}}"""},

{"id": "s10-w06-019", "kind": "kakaotalk", "text": """[[[PERSON:곽성자]] 할머니 딸] [오전 9:02] 상담사님 엄마 카드 정지했어요. 새로 나온 카드는 [[CREDIT_CARD:4906-1233-7719-045?]] 이고 요양보호사님 새로 오시는 분 성함이 어떻게 돼요?
[[[PERSON:피상민]] 센터장] [오전 9:10] [[PERSON:윤경옥]] 선생님이세요. {{date:12/2}}부터 방문하십니다. 면허증 사본도 받았습니다 [[KR_DRIVER_LICENSE:11-98-204117-30]]
[[[PERSON:곽성자]] 할머니 딸] [오전 9:11] 감사합니다"""},
]
