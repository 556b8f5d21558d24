# Writer o, batch 03: multicultural families and marriage migrants. All values invented. CC0 1.0.
DOCS = [
{"id": "s7-o03-001", "kind": "kakaotalk", "text": """[[PERSON:투이]] 님과 카카오톡 대화
--------------- {{date:2024년 5월 7일 화요일}} ---------------
[[[PERSON:투이]]] [오전 10:05] 선생님 안녕하세여 저 [[PERSON:투이]] 에요
[[[PERSON:투이]]] [오전 10:05] 우리 아기 예방접종 카드 일어버렸어요 어떻게해요
[센터 [[PERSON:나혜진]]] [오전 10:11] [[PERSON:투이]]씨 안녕하세요~ 보건소에서 다시 뽑을 수 있어요. 아기 이름이랑 생일 알려줄래요?
[[[PERSON:투이]]] [오전 10:14] [[PERSON:정하린]] 이에요 [[BIRTH_DATE:2023년4월19일]] 생
[[[PERSON:투이]]] [오전 10:14] 제 외국인등록증 번호 [[KR_FRN:960823-6231547]] 필요해요?
[센터 [[PERSON:나혜진]]] [오전 10:16] 카톡으로는 번호 보내지 마세요~ 보건소 갈때 등록증 가져가면 되요 ^^
[[[PERSON:투이]]] [오전 10:16] 네 ㅠㅠ 죄송합니다"""},

{"id": "s7-o03-002", "kind": "ocr_form", "text": """통합신청서 (Application Form) - 체류기간연장허가 / EXTENSION OF SOJOURN PERIOD
Surname 성 [[PERSON:PHAM]]   Given names 명 [[PERSON:THI NGOC ANH]]
Date of Birth 생년월일 [[BIRTH_DATE:1995 . O9 . 28]]   Sex 성별 F
Nationality 국적 VIETNAM   Passport No. 여권번호 [[KR_PASSPORT:C3O98125]]
Foreign Resident Registration No. 외국인등록번호 [[KR_FRN:950928 - 6O48213]]
Address in Korea 한국 내 주소 [[KR_ADDRESS:경기도 수원시 팔달구 세지로 3O1번길 22-5 2O1호]]
Telephone No. 전화번호 [[PHONE_NUMBER:O1O-4O82-7735]]
배우자 SPOUSE : [[PERSON:조 성 민]] 주민번호 [[KR_RRN:850316-1******]]
Date of application 신청일자 {{date:2O24.O6.O3}}   Signature [[PERSON:Pham Anh]]"""},

{"id": "s7-o03-003", "kind": "table", "text": """다문화가족 방문교육 신청자 (2024 하반기, 영통구)
No,이름,국적,생년월일,입국일,자녀(생년),연락처,주소
1,[[PERSON:Maricel Dela Cruz]],필리핀,[[BIRTH_DATE:1988.02.11]],{{date:2015.06.30}},[[PERSON:윤제이]]([[BIRTH_DATE:2017]]),[[PHONE_NUMBER:010-9280-1134]],[[KR_ADDRESS:영통구 매탄로 80 5동 302호]]
2,[[PERSON:쩐 티 타오]],베트남,[[BIRTH_DATE:1999.12.05]],{{date:2022.11.14}},[[PERSON:엄태오]]([[BIRTH_DATE:2023.08]]),[[PHONE_NUMBER:010-5567-2091]],[[KR_ADDRESS:영통구 청명남로 34 1103동 504호]]
3,[[PERSON:Sok Chanthy]],캄보디아,[[BIRTH_DATE:1992.07.17]],{{date:2019.03.02}},-,[[PHONE_NUMBER:010-3371-8842]],[[KR_ADDRESS:영통구 영통로 200번길 11 B01호]]
4,[[PERSON:장미화]](張美花),중국,[[BIRTH_DATE:1983.04.22]],{{date:2009.10.09}},[[PERSON:엄준서]]([[BIRTH_DATE:2011]]),[[PHONE_NUMBER:010-2209-6770]],[[KR_ADDRESS:영통구 광교호수공원로 277 3402동 1801호]]"""},

{"id": "s7-o03-004", "kind": "letter", "text": """Dear 시청 다문화 담당자 님,

안녕하세요. 저는 [[PERSON:Joy Marasigan]] 입니다. I'm from Philippines, 한국 온지 8년 됐어요.
제 남편 [[PERSON:곽민수]] 는 {{date:last year March}} 에 돌아가셨어요. 그래서 지금 혼자 아이 두명 키워요 - [[PERSON:곽시온]] ([[BIRTH_DATE:Oct 2, 2016]]) 하고 [[PERSON:곽루아]] ([[BIRTH_DATE:Jan 15, 2019]]).
F-6 비자 계속 가능한지 궁금해요. 그리고 한부모 지원 받을수 있어요?
my number [[PHONE_NUMBER:+82 10 6314 0728]], email [[EMAIL_ADDRESS:joymarasigan88@yahoo.com]]
we live [[KR_ADDRESS:Unit 702, 15 Gwonseon-ro 608beon-gil, Gwonseon-gu, Suwon-si]]
Salamat po. 감사합니다!
[[PERSON:Joy]]"""},

{"id": "s7-o03-005", "kind": "case_note", "text": """[사례관리 기록] 결혼이민자 위기지원 / 작성 {{date:2024.02.16}} / 담당 [[PERSON:인수경]]
대상자: [[PERSON:Akhmedova Dilnoza]](딜노자, 우즈베키스탄), [[BIRTH_DATE:'97.05.03]]생, 외국인등록번호 [[KR_FRN:970503-6******]]
배우자: [[PERSON:탁경일]] ([[BIRTH_DATE:1974]]년생)
- {{date:2/14}} 새벽 남편 폭언·폭행으로 112 신고, 자녀 [[PERSON:탁아이샤]](만3세) 동반하여 {{org_name:이주여성 긴급쉼터}} 입소
- 체류자격 F-6-1, 만료일 {{date:2024.09.20}} → 혼인단절 시 F-6-3 변경 안내
- 본인 휴대폰 남편이 빼앗음, 임시연락은 쉼터 통해서만 (개인번호 기재 금지)
- 친정 언니 연락처(우즈벡) [[PHONE_NUMBER:+998 90 341 27 65]]
- 법률지원: 대한법률구조공단 {{public_number:132}}"""},

{"id": "s7-o03-006", "kind": "email", "text": """보낸 사람: [[EMAIL_ADDRESS:kimjh_teacher@goe.go.kr]]
받는 사람: [[PERSON:Nguyen Thi Hoa]] <[[EMAIL_ADDRESS:hoa.nguyen1990@gmail.com]]>
제목: [[PERSON:유준]] 어머님께 - 방과후 한국어 수업 안내

[[PERSON:유준]] 어머님 안녕하세요. 담임 [[PERSON:김지현]]입니다.
다음 주부터 다문화 학생 한국어 수업이 있어요. 학생 정보 확인해 주세요.
  - 이름: [[PERSON:유준]] (학번 [[STUDENT_ID:40312]])
  - 생년월일: [[BIRTH_DATE:2014. 11. 6.]]
  - 수업: {{date:매주 화·목}} 오후 2시 40분, {{room_number:2층 다문화교실(207호)}}
궁금한 것은 문자 주세요. 학교 교무실 {{public_number:031-8013-2200}}"""},

{"id": "s7-o03-007", "kind": "sms", "text": """[영통초] 4학년 3반 [[PERSON:레티홍]] 학생 어머니께. 내일 {{date:10/17}} 현장체험학습 도시락 필요합니다. 모르시면 통역 [[PERSON:Van]] 선생님 [[PHONE_NUMBER:010-7702-3815]] 께 전화 주세요."""},

{"id": "s7-o03-008", "kind": "call_transcript", "text": """[3자 통화 녹취 - 다누리콜센터 베트남어 통역 연결 / {{date:2024-03-12 11:08}}]
직원: 어머님 성함 말씀해 주세요.
통역: 이름은 [[PERSON:응우옌 티 비치 응옥]]이고요, 한국 이름은 [[PERSON:김은옥]]으로 개명했대요.
직원: 생년월일은요?
통역: 구십년 일월 삼십일이요. [[BIRTH_DATE:1990년 1월 31일]].
직원: 아 귀화하셨으면 이제 주민번호 있으시죠?
통역: 네 [[KR_RRN:900131-281452?]]래요. 예전 외국인번호는 [[KR_FRN:900131-6814522]]였고요.
직원: 주소는 그대로 [[KR_ADDRESS:장안구 송원로 45번길 9, 2층]] 맞으세요?
통역: 맞대요. 다누리 {{public_number:1577-1366}} 번호로 다시 연락 달래요."""},

{"id": "s7-o03-009", "kind": "table", "text": """언어발달지원 대상 아동 명단 (마스킹본, 외부 제출용)
아동명 | 생년월일 | 부모국적 | 보호자 | 보호자 연락처
[[PERSON:김*율]] | [[BIRTH_DATE:2019.0*.**]] | 몽골 | [[PERSON:B****** Oyunaa]] | [[PHONE_NUMBER:010-****-3307]]
[[PERSON:박○현]] | [[BIRTH_DATE:2020.**.**]] | 태국 | [[PERSON:S*** Malai]] | [[PHONE_NUMBER:010-58**-**14]]
[[PERSON:이OO]] | [[BIRTH_DATE:2018년 *월]] | 중국 | [[PERSON:王*]] | [[PHONE_NUMBER:010-****-****]]
※ 원본은 {{org_name:수원시가족센터}} 사례관리 시스템에만 보관"""},

{"id": "s7-o03-010", "kind": "system_export", "text": """# danuri_member_export_20240801.csv (일부)
member_no,name,email,join_date,last_login,last_ip
{{code:DN0048811}},[[PERSON:Tran Thi Lan]],[[EMAIL_ADDRESS:lantran.0415@naver.com]],{{date:2021-04-15}},{{date:2024-07-30T21:44:02}},[[IP_ADDRESS:121.138.77.204]]
{{code:DN0050932}},[[PERSON:바트에르데네]],[[EMAIL_ADDRESS:bat.erdene@hotmail.com]],{{date:2022-01-09}},{{date:2024-07-31T08:02:51}},[[IP_ADDRESS:175.223.19.6]]
{{code:DN0061207}},[[PERSON:이수빈]],[[EMAIL_ADDRESS:soobin_lee@daum.net]],{{date:2023-10-02}},{{date:2024-08-01T00:13:40}},[[IP_ADDRESS:fe80::8a2:31ff:fe4c:91d0]]
# exported by [[EMPLOYEE_ID:dn_op_0312]] (사번) at {{date:2024-08-01 09:00}}"""},

{"id": "s7-o03-011", "kind": "complaint", "text": """[국민신문고] 국제결혼중개업체 피해 신고
신청인 [[PERSON:방기철]] ([[BIRTH_DATE:1979.06.02]]생), [[KR_ADDRESS:용인시 기흥구 신갈로 58번길 14-2, 301호]], [[PHONE_NUMBER:010-8824-3016]]
{{date:2023년 11월}} {{org_name:○○국제결혼정보(주)}}(사업자번호 {{business_number:220-87-41102}})와 계약하고 {{amount:1,500만원}} 입금했는데 베트남 출국이 계속 미뤄지고 있습니다.
실제 상담한 사람은 개인사업자로 따로 등록된 중개인 [[PERSON:엄상태]](사업자 [[KR_BRN:312-25-7810?]])이고 돈도 그 사람 계좌 기업 [[BANK_ACCOUNT:220-091384-01-017]]로 보냈습니다.
환불 요청에 {{date:3개월째}} 답이 없습니다."""},

{"id": "s7-o03-012", "kind": "ocr_form", "text": """운전면허 교환 발급 신청서 (외국면허 → 국내면허)
성명 [[PERSON:WANG  XIAOLING]] (王小玲)     외국인등록번호 [[KR_FRN:880614-6O2931l]]
외국면허 국가 : 중국  외국면허 사본 첨부(공증 {{document_number:제2024-공-0211호}})
발급 국내면허번호 : [[KR_DRIVER_LICENSE:경기 24-O12784-5O]]
주소 : [[KR_ADDRESS:성남시 중원구 광명로 2O7 금광아파트 8동 5O2호]]
차량 : [[KR_CAR_PLATE:157도 6O21]] (남편 [[PERSON:차영규]] 명의)
접수일 {{date:2O24-O2-O5}}  적성검사 {{date:2O34-12-31}}까지"""},

{"id": "s7-o03-013", "kind": "letter", "text": """선생님 저는 [[PERSON:김순화]] (金順花) 입니다. 연변에서 시집 온지 이십년 됩니다.
남편이 작년에 뇌경색으로 쓰러져서 일을 못하오. 병원비 때문에 카드도 다 막혔고 ([[CREDIT_CARD:4906-71**-****-5203]] 신한카드) 빗이 너무 많슴다.
큰딸 [[PERSON:이은비]] ([[BIRTH_DATE:2006.03.29]]생)은 대학 가야 되는데 돈이 없어 걱정임다.
긴급지원 될수 있는지 꼭 알려주시오. 집 주소는 [[KR_ADDRESS:수원시 장안구 경수대로 1079번길 38-4 반지하]] 이고 전화는 [[PHONE_NUMBER:010-2713-4450]] 임다.
{{date:2024년 10월 2일}} [[PERSON:김순화]] 씀"""},

{"id": "s7-o03-014", "kind": "sms", "text": """[[PERSON:Dilnoza]] 씨 F-6-3 변경 접수번호 {{receipt_number:2024-SW-F6-00371}} 입니다. 출입국 방문예약 {{date:3/22 10:30}} 잊지 마세요 - 가족센터 [[PERSON:인수경]]"""},

{"id": "s7-o03-015", "kind": "case_note", "text": """국적취득 후 첫 주민등록 신고 (매탄3동 행정복지센터)
전 외국인등록번호 [[KR_FRN:870405-6130127]] / 신 주민등록번호 [[KR_RRN:870405-213012?]]
성명 변경: [[PERSON:NGUYEN THI THU]] → [[PERSON:원수아]] (본관 수원 - 창성)
생년월일 [[BIRTH_DATE:1987-04-05]] / 귀화허가일 {{date:2024-01-18}} / 신고일 {{date:2024-02-07}}
세대주 [[PERSON:원태희]]의 처로 편입, [[KR_ADDRESS:매탄3동 매탄로 106, 112동 402호]]
※ 창성창본 허가 결정문 {{document_number:수원가정법원 2023느단10721}} 첨부"""},

{"id": "s7-o03-016", "kind": "table", "text": """이중언어 강사 인력풀 (2024)
강사명\t언어\t생년\t휴대폰\t이메일\t강사번호
[[PERSON:Rahmonova Malika]]\t러시아어/우즈벡어\t[[BIRTH_DATE:1990]]\t[[PHONE_NUMBER:010-6402-8817]]\t[[EMAIL_ADDRESS:malika.r90@mail.ru]]\t[[EMPLOYEE_ID:BL-24-011]]
[[PERSON:Siriporn Kaewkla]]\t태국어\t[[BIRTH_DATE:1986]]\t[[PHONE_NUMBER:010-9914-0563]]\t[[EMAIL_ADDRESS:siriporn.k@gmail.com]]\t[[EMPLOYEE_ID:BL-24-012]]
[[PERSON:까오 티 리엔]]\t베트남어\t[[BIRTH_DATE:1993]]\t[[PHONE_NUMBER:010 3385 2270]]\t[[EMAIL_ADDRESS:caolien93@naver.com]]\t[[EMPLOYEE_ID:BL-24-013]]
※ 강사번호는 위촉 사번과 동일"""},

{"id": "s7-o03-017", "kind": "memo", "text": """{{date:6/20}} 방문 - [[PERSON:티타오]]씨 집({{place_name:청명남로}}) 아기 [[PERSON:태오]] 많이 큼. 남편 [[PERSON:엄기석]] 야간근무라 낮에 잠. 다음방문 {{date:7/4}}"""},

{"id": "s7-o03-018", "kind": "kakaotalk", "text": """[몽골엄마모임 🇲🇳]
[[[PERSON:Oyunaa]]] [오후 8:30] 언니들 내일 가족센터 한국어 시험 몇시에요?
[[[PERSON:Tsetseg]]] [오후 8:31] 10시 ㅎㅎ 수험번호 {{receipt_number:KIIP-2024-03381}} 가져오래
[[[PERSON:Oyunaa]]] [오후 8:33] 나 수험표 잃어버렸어 ㅠ
[[[PERSON:Tsetseg]]] [오후 8:34] 선생님 번호 [[PHONE_NUMBER:010-2841-9036]] [[PERSON:이정은]] 선생님 전화해봐"""},
]
