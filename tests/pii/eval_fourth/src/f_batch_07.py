# Writer f, batch 07: foreign residents, mixed languages. Hand-written. CC0 1.0.
DOCS = [
{"id": "s4-f07-001", "kind": "email", "text": """Subject: Deposit (jeonse) not returned – need help please

Dear Suwon City Hall,
My name is [[PERSON:Emily Hartwell]] and I'm an English teacher living at [[KR_ADDRESS:#1203, 101-dong, 45 Maetan-ro, Yeongtong-gu, Suwon-si]]. My lease ended on {{date:Feb 29, 2024}} but my landlord Mr. Ko ([[PHONE_NUMBER:010-5527-3309]]) keeps saying he will pay "next week".
My ARC number is [[KR_FRN:880722-6******]] and passport [[KR_PASSPORT:583194027]] (USA) if you need it. DOB [[BIRTH_DATE:07/22/1988]].
I don't speak Korean well, my coworker [[PERSON:Park Seo-yeon]] can help translate ([[EMAIL_ADDRESS:seoyeon.park@hanmail.net]]).
Thank you,
[[PERSON:Emily]]"""},

{"id": "s4-f07-002", "kind": "complaint_vi", "text": """Xin chào, em tên là [[PERSON:Nguyễn Thị Hoa]], sinh ngày [[BIRTH_DATE:12/05/1995]]. Em ở [[KR_ADDRESS:화성시 향남읍 상신하길로 298번길 10, 3층 302호]].
집주인이 보증금 안 줘요 (chủ nhà không trả tiền cọc 500만원). Hợp đồng hết hạn ngày {{date:15/02/2024}}.
외국인등록번호 [[KR_FRN:950512-6214873]], số điện thoại [[PHONE_NUMBER:010-8924-1607]].
Chồng em là [[PERSON:Trần Văn Minh]] cũng ở cùng. Cảm ơn 감사합니다."""},

{"id": "s4-f07-003", "kind": "complaint_zh", "text": """您好，我叫[[PERSON:李娜]]（[[PERSON:Li Na]]），出生日期[[BIRTH_DATE:1990年3月8日]]，护照号[[KR_PASSPORT:E71208394]]。
我在城南市开了一家小餐馆（沙县小吃），营业执照号[[KR_BRN:129-28-5501?]]。昨天区厅的人说我的招牌违法，要罚款{{amount:50万韩元}}。
店铺地址：[[KR_ADDRESS:성남시 중원구 광명로 17, 1층]]
电话 [[PHONE_NUMBER:010-3362-0871]]，微信 {{code:lina_0308}}。请用中文回复，谢谢。"""},

{"id": "s4-f07-004", "kind": "worker_housing", "text": """To: 용인시 외국인복지센터
Sir/Madam, we are 4 Filipino workers in a factory in 백암면. The company dormitory is a container with no heater. Boss said deduct 30만원 each month for room.
1. [[PERSON:Jose Miguel Santos]] – passport [[KR_PASSPORT:P4419820B]], 사번 [[EMPLOYEE_ID:E-2207]]
2. [[PERSON:Ramon dela Cruz]] – passport [[KR_PASSPORT:P1183577A]], 사번 [[EMPLOYEE_ID:E-2211]]
3. [[PERSON:Mark Anthony Reyes]] – ARC [[KR_FRN:9104155******]]
4. [[PERSON:Jun-jun]] (nickname, real name [[PERSON:Junrey Bautista]])
Dormitory: [[KR_ADDRESS:용인시 처인구 백암면 근창리 612-3]]
Please call me [[PERSON:Jose]] [[PHONE_NUMBER:010 2284 5716]] after 7pm."""},

{"id": "s4-f07-005", "kind": "residence_change", "text": """체류지 변경신고서 / REPORT FOR CHANGE OF ADDRESS
성명 Name: [[PERSON:KARIMOV ALISHER]] (Каримов Алишер)
외국인등록번호 Registration No.: [[KR_FRN:8701185123452]]
여권번호 Passport No.: [[KR_PASSPORT:FA2071834]]   국적 Nationality: UZB
생년월일 Date of Birth: [[BIRTH_DATE:1987-01-18]]
구 체류지 Old address: [[KR_ADDRESS:안산시 단원구 원곡로 45, 402호]]
신 체류지 New address: [[KR_ADDRESS:수원시 권선구 경수대로 371번길 9-4, 201호]]
전입일 Date of moving: {{date:2024.03.02}}    신고일 Date of report: {{date:2024.03.12}}
전화 Tel.: [[PHONE_NUMBER:010-4471-2093]]"""},

{"id": "s4-f07-006", "kind": "dorm_complaint", "text": """Hello, I'm an exchange student at ○○University (student no. [[STUDENT_ID:2024E0117]]). The off-campus housing the international office gave us has mold everywhere and the landlord ignores us. Room [[KR_ADDRESS:수원시 장안구 서부로 2149번길 15, 304호]].
Roommate [[PERSON:Chloé Martin]] (student no. [[STUDENT_ID:2024E0121]]) got sick. Can city inspect?
– [[PERSON:Jonas Weber]], [[EMAIL_ADDRESS:jonas.weber@stud.uni-hamburg.de]]"""},

{"id": "s4-f07-007", "kind": "license_exchange", "text": """외국면허 → 국내면허 교환발급 신청 접수 내역 (용인운전면허시험장)
접수 {{date:2024-03-14}} {{time:10:31}}  창구 3번
신청인 [[PERSON:Suzuki Haruka]] (鈴木 遥)  여권 [[KR_PASSPORT:TR8820315]]  외국인등록 [[KR_FRN:960304-6******]]
일본 운전면허증 원본 제출 → 국내 발급 면허번호 [[KR_DRIVER_LICENSE:13-24-008816-52]]
적성검사 통과, 사진 규격 OK"""},

{"id": "s4-f07-008", "kind": "reddit_post", "text": """r/korea – PSA for foreigners in Seongnam: how I got my 전세 back
Posted by u/kimchi_bandit · {{date:3 days ago}}
Long story short: landlord ghosted me for 2 months. Went to the 전세피해지원센터, they helped me file 임차권등기명령 (court order). Cost about {{amount:₩30,000}}.
Tip: bring your ARC + lease + 확정일자 stamp. The lady there (Ms. Yoon) spoke decent English.
DM me if you need the template, don't post your ARC or phone here lol"""},

{"id": "s4-f07-009", "kind": "multicultural_family", "text": """다문화가족 아동양육 지원 신청 (수원시 가족센터)
신청인(모) [[PERSON:Lê Thị Thu Trang]] / 국적 베트남 / 외국인등록번호 [[KR_FRN:910227-6122018]]
배우자(부) [[PERSON:윤재광]] / 주민등록번호 [[KR_RRN:800605-151942?]]
자녀1 [[PERSON:윤서아]]  [[BIRTH_DATE:2017. 9. 12.]]
자녀2 [[PERSON:윤도준]]  [[BIRTH_DATE:2021. 1. 30.]]
주소 [[KR_ADDRESS:수원시 권선구 서호로 89번길 23-7 (서둔동)]]
통역 필요: 예 (베트남어)   센터 담당 [[PERSON:정혜민]] 사회복지사"""},

{"id": "s4-f07-010", "kind": "taxi_complaint_en", "text": """Taxi driver refused to take me because I'm a foreigner?? Happened at {{place_name:Pangyo station exit 1}}, {{date:March 16}} around 9pm. Plate [[KR_CAR_PLATE:경기 31사 2207]], grey Sonata. He just waved "No no" and locked the door. I have a video. My number is [[PHONE_NUMBER:+82-10-7316-2048]] – [[PERSON:Ravi Shankar Iyer]]"""},

{"id": "s4-f07-011", "kind": "complaint_ja", "text": """はじめまして。竜仁市水枝区に住んでいる[[PERSON:山本 健太]]と申します（外国人登録番号 [[KR_FRN:850630-5******]]）。
隣の部屋の騒音がひどく、管理事務所に何度も言いましたが改善されません。夜中の２時まで音楽が鳴っています。
住所：[[KR_ADDRESS:용인시 수지구 문정로 7, 풍덕천동 현대아파트 105동 1502호]]
連絡先：[[PHONE_NUMBER:０１０－６６１８－３０２７]]／[[EMAIL_ADDRESS:k.yamamoto.1985@gmail.com]]
日本語か英語で返事をいただけると助かります。{{date:2024年3月20日}}"""},

{"id": "s4-f07-012", "kind": "interpreter_log", "text": """통번역 지원 기록 (전화통역 3자통화)
일시 {{date:2024.03.21}} {{time:15:10~15:24}} / 언어 러시아어 / 통역사 [[PERSON:박나탈리아]] (사번 [[EMPLOYEE_ID:IT-0093]])
민원인 [[PERSON:Ольга Смирнова]]([[PERSON:Olga Smirnova]]), [[BIRTH_DATE:1979.11.02]]생, 외국인등록번호 뒷자리 [[KR_FRN:6048401]] 확인
내용: 건강보험료 체납으로 체류기간 연장 불가 안내받음. 분납 신청 방법 안내.
민원인 연락처 [[PHONE_NUMBER:010-9021-5573]]"""},

{"id": "s4-f07-013", "kind": "parcel_problem_en", "text": """Hi, my Coupang package says delivered but it's not here. Tracking {{tracking_number:4013 3881 2270}}. Address: [[KR_ADDRESS:Gyeonggi-do, Seongnam-si, Bundang-gu, Jeongja-il-ro 95, 103-dong 2204-ho]] (Park View apt). Name on order [[PERSON:NGUYEN DUC ANH]]. The driver photo shows another door, 2203. Call [[PHONE_NUMBER:010.5530.8817]] please. I already called {{public_number:1577-7011}}, no answer."""},

{"id": "s4-f07-014", "kind": "business_owner_mixed", "text": """사장님 문의: Thai massage shop owner, Thai nationality.
대표 [[PERSON:Siriporn Chaiyawat]] (ศิริพร ชัยวัฒน์), 여권 [[KR_PASSPORT:AA3094471]], 사업자등록번호 [[KR_BRN:135-12-9045?]]
"소상공인 지원금 외국인도 받을 수 있어요? I pay tax same as Korean." 
사업장: [[KR_ADDRESS:수원시 팔달구 인계로 124번길 18, 3층]]  /  연락 [[PHONE_NUMBER:010-2290-7461]]
→ 답변: 사업자등록 되어있고 요건 충족 시 국적 무관 신청 가능, 단 체류자격 확인 필요 ({{date:4월 1일}} 회신)"""},

{"id": "s4-f07-015", "kind": "nepali_worker", "text": """Namaste. मेरो नाम [[PERSON:Bikash Gurung]] हो। 저는 네팔 사람이에요. 오산 공장 다녀요. 회사 기숙사에서 나가라고 해요. 
passport no [[KR_PASSPORT:10937462]], 외국인등록증 [[KR_FRN:930818 5094112]]
생일 [[BIRTH_DATE:1993/08/18]]. 전화 [[PHONE_NUMBER:01048821937]]. 한국말 조금 해요. 도와주세요"""},

{"id": "s4-f07-016", "kind": "consular_letter", "text": """Embassy of the Republic of the Philippines – Note to Yongin City
This is to certify that [[PERSON:Maria Lourdes T. Aquino]], born on [[BIRTH_DATE:23 September 1984]], holder of Philippine passport no. [[KR_PASSPORT:P7732150A]], is the mother of [[PERSON:Angela Aquino Kang]] (born [[BIRTH_DATE:4 May 2012]]) ...
Issued on {{date:11 March 2024}}. Consular Section, Tel. {{public_number:+82-2-796-7387}}"""},
]
